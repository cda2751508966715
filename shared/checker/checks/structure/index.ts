import type { CheckFunction } from '../types';
import { blocksWithoutOwnLang } from './blocks-without-own-lang';
import { choiceGroupsWithoutLabel } from './choice-groups-without-label';
import { controlsWithPlaceholderOnly } from './controls-with-placeholder-only';
import { controlsWithoutLabel } from './controls-without-label';
import { flyerImages } from './flyer-images';
import { formHelpContactMissing } from './form-help-contact-missing';
import { formQuestionMissing } from './form-question-missing';
import { headingLevelsSkipped } from './heading-levels-skipped';
import { headingsMissing } from './headings-missing';
import { htmlLangMismatch } from './html-lang-mismatch';
import { htmlLangMissing } from './html-lang-missing';
import { imagesWithPlaceholderAlt } from './images-with-placeholder-alt';
import { imagesWithRepeatedAlt } from './images-with-repeated-alt';
import { imagesWithoutAlt } from './images-without-alt';
import { justifiedText } from './justified-text';
import { layoutTablesWithoutRole } from './layout-tables-without-role';
import { linkTextMatches } from './link-text-matches';
import { linksToFiles } from './links-to-files';
import { messageOnlyInImages } from './message-only-in-images';
import { requiredFieldsUnmarked } from './required-fields-unmarked';
import { requiredMarkerUnexplained } from './required-marker-unexplained';

/**
 * Structural checks on the document model: images, links, form controls, headings, tables, lang.
 * Each check lives in its own file in this folder, named for what it does; this registry names them
 * for rule data (`"check": "<name>"`).
 */
export const structureChecks: Record<string, CheckFunction> = {
  'images-without-alt': imagesWithoutAlt,
  'images-with-placeholder-alt': imagesWithPlaceholderAlt,
  'images-with-repeated-alt': imagesWithRepeatedAlt,
  'link-text-matches': linkTextMatches,
  'links-to-files': linksToFiles,
  'controls-without-label': controlsWithoutLabel,
  'controls-with-placeholder-only': controlsWithPlaceholderOnly,
  'choice-groups-without-label': choiceGroupsWithoutLabel,
  'html-lang-missing': htmlLangMissing,
  'html-lang-mismatch': htmlLangMismatch,
  'blocks-without-own-lang': blocksWithoutOwnLang,
  'headings-missing': headingsMissing,
  'heading-levels-skipped': headingLevelsSkipped,
  'layout-tables-without-role': layoutTablesWithoutRole,
  'justified-text': justifiedText,
  'message-only-in-images': messageOnlyInImages,
  'flyer-images': flyerImages,
  'form-question-missing': formQuestionMissing,
  'form-help-contact-missing': formHelpContactMissing,
  'required-fields-unmarked': requiredFieldsUnmarked,
  'required-marker-unexplained': requiredMarkerUnexplained,
};
