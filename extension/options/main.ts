import { BUILT_IN_FRAMEWORK_IDS, parseFrameworkJson } from '../../shared/frameworks';
import { frameworkChoices } from '../common/frameworks';
import { localizePage, t } from '../common/i18n';
import { DISTRICT_LANGUAGES } from '../common/languages';
import {
  CUSTOM_FRAMEWORK_ID,
  formatJargon,
  type OptionProblem,
  validateOptions,
} from '../common/settings';
import { SYNC_QUOTA, TooLargeError } from '../common/storage-chunks';
import {
  loadCustomFramework,
  loadSettings,
  removeCustomFramework,
  saveCustomFramework,
  saveSettings,
} from '../common/store';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('settings');
const languages = $<HTMLDivElement>('languages');
const grade = $<HTMLInputElement>('grade');
const jargon = $<HTMLTextAreaElement>('jargon');
const defaultFramework = $<HTMLSelectElement>('default-framework');
const settingsStatus = $<HTMLParagraphElement>('settings-status');
const frameworkJson = $<HTMLTextAreaElement>('framework-json');
const frameworkFile = $<HTMLInputElement>('framework-file');
const frameworkStatus = $<HTMLParagraphElement>('framework-status');
const frameworkProblems = $<HTMLUListElement>('framework-problems');
const customCurrent = $<HTMLParagraphElement>('custom-current');

let hasCustom = false;

localizePage();

const FIELD_ERRORS: Record<OptionProblem['field'], { error: string; input: HTMLElement }> = {
  languages: { error: 'languages-error', input: $('languages-field') },
  targetGrade: { error: 'grade-error', input: grade },
  jargon: { error: 'jargon-error', input: jargon },
  defaultFramework: { error: 'default-framework-error', input: defaultFramework },
};

function showProblems(problems: OptionProblem[]) {
  for (const [field, { error, input }] of Object.entries(FIELD_ERRORS)) {
    const mine = problems.filter((p) => p.field === field);
    const box = $(error);
    box.replaceChildren(
      ...mine.map((p) => {
        const line = document.createElement('p');
        line.textContent = t(p.messageKey, p.substitutions);
        return line;
      }),
    );
    box.hidden = mine.length === 0;
    input.setAttribute('aria-invalid', String(mine.length > 0));
  }
  const first = problems[0];
  if (first) FIELD_ERRORS[first.field].input.focus();
}

function fillFrameworks(selected: string, custom: Parameters<typeof frameworkChoices>[0]) {
  const choices = frameworkChoices(custom);
  defaultFramework.replaceChildren(
    ...choices.map((c) => new Option(c.labelKey ? t(c.labelKey) : (c.label ?? c.id), c.id)),
  );
  defaultFramework.value = choices.some((c) => c.id === selected) ? selected : 'pta-2022';
}

async function load() {
  const [settings, stored] = await Promise.all([loadSettings(), loadCustomFramework()]);
  languages.replaceChildren(
    ...DISTRICT_LANGUAGES.map((language) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'language';
      box.value = language.code;
      box.checked = settings.languages.includes(language.code);
      label.append(box, ` ${language.name} (${language.code})`);
      return label;
    }),
  );
  grade.value = String(settings.targetGrade);
  jargon.value = formatJargon(settings.jargon);
  hasCustom = stored.state === 'ok';
  fillFrameworks(settings.defaultFramework, stored.state === 'ok' ? stored.framework : undefined);
  if (stored.state === 'ok') {
    customCurrent.textContent = t('optionsCustomCurrent', [
      stored.framework.name,
      stored.framework.edition,
    ]);
    frameworkJson.value = JSON.stringify(stored.framework, null, 2);
  } else if (stored.state === 'invalid') {
    customCurrent.textContent = t('optionsCustomStoredInvalid', stored.detail);
  } else {
    customCurrent.textContent = t('optionsCustomNone');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const result = validateOptions({
    languages: [...languages.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => i.value,
    ),
    targetGrade: grade.value,
    jargonText: jargon.value,
    defaultFramework: defaultFramework.value,
    hasCustomFramework: hasCustom,
  });
  if (!result.ok) {
    showProblems(result.problems);
    settingsStatus.textContent = t('optionsNotSaved');
    return;
  }
  showProblems([]);
  saveSettings(result.settings).then(
    () => {
      settingsStatus.textContent = t('optionsSaved');
    },
    (error: unknown) => {
      settingsStatus.textContent =
        error instanceof TooLargeError
          ? t('optionsSettingsTooLarge', [kb(error.bytes), kb(error.availableBytes)])
          : t('optionsSaveFailed', String(error));
    },
  );
});

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function showFrameworkProblems(lines: string[]) {
  frameworkProblems.replaceChildren(
    ...lines.map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    }),
  );
  frameworkJson.setAttribute('aria-invalid', String(lines.length > 0));
}

$('save-framework').addEventListener('click', async () => {
  const text = frameworkJson.value;
  if (!text.trim()) {
    showFrameworkProblems([t('optionsCustomEmpty')]);
    return;
  }
  const parsed = parseFrameworkJson(text);
  if (!parsed.ok) {
    frameworkStatus.textContent = t('optionsCustomInvalid', String(parsed.problems.length));
    showFrameworkProblems(parsed.problems.map((p) => `${p.path}: ${p.message}`));
    return;
  }
  if ((BUILT_IN_FRAMEWORK_IDS as readonly string[]).includes(parsed.framework.id)) {
    frameworkStatus.textContent = t('optionsCustomBuiltInId', parsed.framework.id);
    showFrameworkProblems([`$.id: ${t('optionsCustomBuiltInId', parsed.framework.id)}`]);
    return;
  }
  try {
    await saveCustomFramework(parsed.framework);
  } catch (error) {
    // The JSON stays in the text box: nothing the user typed is lost.
    frameworkStatus.textContent =
      error instanceof TooLargeError
        ? t('optionsCustomTooLarge', [
            kb(error.bytes),
            kb(error.availableBytes),
            kb(SYNC_QUOTA.total),
          ])
        : t('optionsSaveFailed', String(error));
    showFrameworkProblems([]);
    return;
  }
  showFrameworkProblems([]);
  hasCustom = true;
  frameworkStatus.textContent = t('optionsCustomSaved', [
    parsed.framework.name,
    parsed.framework.edition,
  ]);
  customCurrent.textContent = t('optionsCustomCurrent', [
    parsed.framework.name,
    parsed.framework.edition,
  ]);
  fillFrameworks(defaultFramework.value, parsed.framework);
});

$('remove-framework').addEventListener('click', async () => {
  await removeCustomFramework();
  hasCustom = false;
  const settings = await loadSettings();
  if (settings.defaultFramework === CUSTOM_FRAMEWORK_ID) {
    await saveSettings({ ...settings, defaultFramework: 'pta-2022' });
  }
  fillFrameworks(
    defaultFramework.value === CUSTOM_FRAMEWORK_ID ? 'pta-2022' : defaultFramework.value,
    undefined,
  );
  customCurrent.textContent = t('optionsCustomNone');
  frameworkStatus.textContent = t('optionsCustomRemoved');
});

frameworkFile.addEventListener('change', async () => {
  const file = frameworkFile.files?.[0];
  if (!file) return;
  frameworkJson.value = await file.text();
  frameworkStatus.textContent = t('optionsCustomLoaded', file.name);
  showFrameworkProblems([]);
});

void load();
