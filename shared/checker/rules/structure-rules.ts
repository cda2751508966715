import choiceGroupUnlabelled from './structure/choice-group-unlabelled.json' with { type: 'json' };
import flyerImage from './structure/flyer-image.json' with { type: 'json' };
import formContactPreferenceMissing from './structure/form-contact-preference-missing.json' with {
  type: 'json',
};
import formFieldLabelMissing from './structure/form-field-label-missing.json' with { type: 'json' };
import formFieldPlaceholderOnly from './structure/form-field-placeholder-only.json' with {
  type: 'json',
};
import formHelpContactMissing from './structure/form-help-contact-missing.json' with {
  type: 'json',
};
import formLanguageQuestionMissing from './structure/form-language-question-missing.json' with {
  type: 'json',
};
import headingLevelSkipped from './structure/heading-level-skipped.json' with { type: 'json' };
import headingsMissing from './structure/headings-missing.json' with { type: 'json' };
import htmlLangMissing from './structure/html-lang-missing.json' with { type: 'json' };
import htmlLangWrong from './structure/html-lang-wrong.json' with { type: 'json' };
import imageAltMissing from './structure/image-alt-missing.json' with { type: 'json' };
import imageAltPlaceholder from './structure/image-alt-placeholder.json' with { type: 'json' };
import imageAltRepeated from './structure/image-alt-repeated.json' with { type: 'json' };
import justifiedText from './structure/justified-text.json' with { type: 'json' };
import layoutTable from './structure/layout-table.json' with { type: 'json' };
import linkTextAmbiguous from './structure/link-text-ambiguous.json' with { type: 'json' };
import linkTextUrl from './structure/link-text-url.json' with { type: 'json' };
import linkToDocument from './structure/link-to-document.json' with { type: 'json' };
import passageLangMissing from './structure/passage-lang-missing.json' with { type: 'json' };
import requiredFieldUnmarked from './structure/required-field-unmarked.json' with { type: 'json' };
import requiredMarkerUnexplained from './structure/required-marker-unexplained.json' with {
  type: 'json',
};
import textOnlyInImages from './structure/text-only-in-images.json' with { type: 'json' };

/**
 * Rule data for accessibility, structural translation-readiness and forms: one JSON file per rule
 * in ./structure/, listed here so that node, vite and Apps Script bundles all load them the same
 * way. The engine validates every rule with `ruleSchema` when it loads.
 */
export const structureRuleData: unknown[] = [
  choiceGroupUnlabelled,
  flyerImage,
  formContactPreferenceMissing,
  formFieldLabelMissing,
  formFieldPlaceholderOnly,
  formHelpContactMissing,
  formLanguageQuestionMissing,
  headingLevelSkipped,
  headingsMissing,
  htmlLangMissing,
  htmlLangWrong,
  imageAltMissing,
  imageAltPlaceholder,
  imageAltRepeated,
  justifiedText,
  layoutTable,
  linkTextAmbiguous,
  linkTextUrl,
  linkToDocument,
  passageLangMissing,
  requiredFieldUnmarked,
  requiredMarkerUnexplained,
  textOnlyInImages,
];
