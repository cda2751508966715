/**
 * What the extraction step makes of an HTML page or a plain text: the same shape whether it ran on
 * linkedom in node or on the live page in the extension. Every node that a finding can point at has a
 * `ref`, unique within one model; the extension keeps a `ref -> DOM node` table beside it for highlighting.
 */

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-cell'
  | 'caption'
  | 'label'
  | 'legend'
  | 'quote'
  | 'preformatted'
  | 'other';

export interface TextBlock {
  ref: number;
  kind: BlockKind;
  /** 1 to 6, for headings only. */
  headingLevel?: number;
  /** Visible text with white space collapsed. A block never shares a sentence with its neighbours. */
  text: string;
  /** The nearest `lang` attribute that applies to the block, if any. */
  lang?: string;
  /** Whether the block is set with `text-align: justify`. */
  justified?: boolean;
  /** Whether the block lies in the main content (Readability's article), not navigation or footer. */
  inMainContent: boolean;
  /** Plain-text input only: the 1-based line of the source text the block starts on. */
  line?: number;
  /** Inside a `<form>` (or `role=form`): the form's questions and instructions. */
  inForm?: boolean;
}

export interface LinkInfo {
  ref: number;
  text: string;
  href: string;
  /** The `ref` of the block that contains the link. */
  blockRef?: number;
  /** `aria-label` or `title` when they give the link a different accessible name. */
  accessibleName?: string;
  /** The `lang` or `hreflang` of the link, if any: "Español" links often carry one. */
  lang?: string;
}

export interface ImageInfo {
  ref: number;
  src: string;
  /** `null` when the attribute is missing; `''` when it is present and empty (decorative). */
  alt: string | null;
  role?: string;
  width?: number;
  height?: number;
  /** Inside a link, where the alt text is the link's name. */
  inLink: boolean;
}

export interface FormControlInfo {
  ref: number;
  /** `input`, `select`, `textarea` or an ARIA role such as `radio`/`textbox` (Google Forms). */
  tag: string;
  type: string;
  name?: string;
  /** The accessible label, however it was given. */
  label?: string;
  /** `content`: an ARIA control (`role=radio`...) named by its own text, as Google Forms does. */
  labelSource: 'label' | 'aria-label' | 'aria-labelledby' | 'title' | 'content' | 'none';
  placeholder?: string;
  required: boolean;
  /** Whether a reader can see the field is required: an asterisk or "required" in its label, or aria-required. */
  requiredMarked: boolean;
  /** The legend of the enclosing fieldset (or `role=radiogroup`'s label), if any. */
  groupLabel?: string;
  /** For select/radio/checkbox: the options' texts. */
  options?: string[];
  formRef?: number;
  /**
   * The nearest text before the field inside its form (a question written above it), for fields
   * with no label and choices with no group question: messages name the field by what families
   * see, never by its `name` attribute. Up to 80 characters; "…" where cut.
   */
  textBefore?: string;
  /** For a radio button or check box with no label: the text right after it ("Morning"). */
  textAfter?: string;
}

export interface TableInfo {
  ref: number;
  role?: string;
  rows: number;
  columns: number;
  hasHeaderCells: boolean;
  hasCaption: boolean;
  /** Nested tables, or one-column tables of mixed content: a table used for layout. */
  looksLikeLayout: boolean;
}

export interface LangAttribute {
  ref: number;
  lang: string;
  /** A short sample of the text it covers. */
  sample: string;
}

/** A machine-translation widget on the page: it offers every family a translation. */
export interface TranslateWidget {
  kind: 'google-translate' | 'gtranslate' | 'weglot';
  /** The widget's element, when it is one (not a script). */
  ref?: number;
}

export interface DocumentModel {
  title: string;
  url?: string;
  /** The `lang` of `<html>`: `null` when missing; `undefined` for plain text input. */
  htmlLang?: string | null;
  /** How the main content was found. */
  mainContent: 'readability' | 'whole-body' | 'plain-text' | 'selection';
  blocks: TextBlock[];
  links: LinkInfo[];
  images: ImageInfo[];
  controls: FormControlInfo[];
  tables: TableInfo[];
  langAttributes: LangAttribute[];
  /** Whether the input has any `<form>` or form controls: form checks run only then. */
  isForm: boolean;
  /** Translate widgets found (Google Translate, GTranslate, Weglot); absent for plain text. */
  translateWidgets?: TranslateWidget[];
  /** What the extraction had to do differently, in plain words (e.g. main-content detection skipped). */
  notes?: string[];
}
