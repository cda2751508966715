import {
  BUILT_IN_FRAMEWORK_IDS,
  builtInFramework,
  type Framework,
  isBuiltInFrameworkId,
} from '../../shared/frameworks';
import { CUSTOM_FRAMEWORK_ID } from './settings';

export interface FrameworkChoice {
  id: string;
  /** A _locales key for built-in frameworks... */
  labelKey?: string;
  /** ...or the district framework's own name. */
  label?: string;
}

const LABEL_KEYS: Record<(typeof BUILT_IN_FRAMEWORK_IDS)[number], string> = {
  'pta-2022': 'frameworkPta2022',
  'pta-2008': 'frameworkPta2008',
  'kb-r': 'frameworkKbr',
};

/** The switcher's entries: the built-in frameworks, then the district's own if one is saved. */
export function frameworkChoices(custom: Framework | undefined): FrameworkChoice[] {
  const choices: FrameworkChoice[] = BUILT_IN_FRAMEWORK_IDS.map((id) => ({
    id,
    labelKey: LABEL_KEYS[id],
  }));
  if (custom) {
    choices.push({ id: CUSTOM_FRAMEWORK_ID, label: `${custom.name} (${custom.edition})` });
  }
  return choices;
}

/** The framework for a choice; a missing custom framework falls back to PTA 2022. */
export function frameworkForChoice(id: string, custom: Framework | undefined): Framework {
  if (id === CUSTOM_FRAMEWORK_ID && custom) return custom;
  return builtInFramework(isBuiltInFrameworkId(id) ? id : 'pta-2022');
}
