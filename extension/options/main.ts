import { BUILT_IN_FRAMEWORK_IDS, parseFrameworkJson } from '../../shared/frameworks';
import { frameworkChoices } from '../common/frameworks';
import { localizePage, t } from '../common/i18n';
import {
  DISTRICT_LANGUAGES,
  isDistrictDefault,
  languageLabel,
  languageNames,
} from '../common/languages';
import { isNavigationKey, moveActive } from '../common/list-navigation';
import { countMessage } from '../common/plural';
import {
  CUSTOM_FRAMEWORK_ID,
  formatJargon,
  GRADE_RANGE,
  type OptionProblem,
  type StoredSettingsNote,
  storedFrameworkNote,
  validateOptions,
} from '../common/settings';
import { SYNC_QUOTA, TooLargeError } from '../common/storage-chunks';
import {
  loadCustomFramework,
  loadSettingsWithNotes,
  removeCustomFramework,
  saveCustomFramework,
  saveSettings,
} from '../common/store';
import { findLanguages, type LanguageMatch, unambiguousMatch } from './language-search';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('settings');
const languages = $<HTMLDivElement>('languages');
const grade = $<HTMLInputElement>('grade');
// The page's min and max come from the range the settings are checked against.
grade.min = String(GRADE_RANGE.min);
grade.max = String(GRADE_RANGE.max);
const jargon = $<HTMLTextAreaElement>('jargon');
const defaultFramework = $<HTMLSelectElement>('default-framework');
const settingsStatus = $<HTMLParagraphElement>('settings-status');
const frameworkJson = $<HTMLTextAreaElement>('framework-json');
const frameworkFile = $<HTMLInputElement>('framework-file');
const frameworkStatus = $<HTMLParagraphElement>('framework-status');
const frameworkProblems = $<HTMLUListElement>('framework-problems');
const customCurrent = $<HTMLParagraphElement>('custom-current');
const storedNotes = $<HTMLDivElement>('stored-notes');
const otherLanguages = $<HTMLUListElement>('other-languages');
const otherLanguagesNone = $<HTMLParagraphElement>('other-languages-none');
const languageSearch = $<HTMLInputElement>('language-search');
const suggestions = $<HTMLDivElement>('language-suggestions');
const languageSearchError = $<HTMLParagraphElement>('language-search-error');
const languageStatus = $<HTMLParagraphElement>('language-status');
const storedUnreadable = $<HTMLDivElement>('stored-unreadable');
const replaceStored = $<HTMLInputElement>('replace-stored');

const uiLanguage = chrome.i18n.getUILanguage();
let hasCustom = false;
/** Languages chosen beyond the twelve boxes, in the order they were added. */
let extraLanguages: string[] = [];
/** Stored codes this version cannot detect: not shown as choices, written back on save. */
let keptLanguages: string[] = [];
let keptNotes: StoredSettingsNote[] = [];
let shownMatches: LanguageMatch[] = [];
let activeMatch = -1;

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
  const [{ settings, notes, keptLanguages: kept }, stored] = await Promise.all([
    loadSettingsWithNotes(),
    loadCustomFramework(),
  ]);
  // fillFrameworks shows PTA 2022 for a framework it cannot offer: that is a replacement too.
  const frameworkNote = storedFrameworkNote(settings.defaultFramework, stored.state === 'ok');
  showStoredNotes(frameworkNote ? [...notes, frameworkNote] : notes);
  keptLanguages = kept;
  keptNotes = notes.filter((note) => note.messageKey.startsWith('optionsStoredLanguagesKept'));
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
  extraLanguages = settings.languages.filter((code) => !isDistrictDefault(code));
  renderExtraLanguages();
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

function showStoredNotes(notes: StoredSettingsNote[]) {
  $('stored-notes-list').replaceChildren(
    ...notes.map((note) => {
      const li = document.createElement('li');
      li.textContent = t(note.messageKey, note.substitutions);
      return li;
    }),
  );
  storedNotes.hidden = notes.length === 0;
  // Nothing stored could be read ('all'): the page shows defaults, and saving them would wipe
  // settings that may only be late (sync can deliver the head item before its chunks).
  storedUnreadable.hidden = !notes.some((note) => note.field === 'all');
  replaceStored.checked = false;
}

$('reload-stored').addEventListener('click', () => location.reload());

function renderExtraLanguages() {
  otherLanguages.replaceChildren(
    ...extraLanguages.map((code) => {
      const label = languageLabel(languageNames(code, uiLanguage));
      const li = document.createElement('li');
      li.dataset.code = code;
      const name = document.createElement('span');
      name.textContent = label;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t('optionsLanguageRemove');
      remove.setAttribute('aria-label', t('optionsLanguageRemoveLabel', label));
      remove.addEventListener('click', () => removeLanguage(code));
      li.append(name, remove);
      return li;
    }),
  );
  otherLanguagesNone.hidden = extraLanguages.length > 0;
}

function announce(message: string) {
  languageStatus.textContent = message;
}

function showSearchError(message: string) {
  languageSearchError.textContent = message;
  languageSearchError.hidden = false;
  languageSearch.setAttribute('aria-invalid', 'true');
  announce(message);
}

function clearSearchError() {
  languageSearchError.textContent = '';
  languageSearchError.hidden = true;
  languageSearch.removeAttribute('aria-invalid');
}

function removeLanguage(code: string) {
  const index = extraLanguages.indexOf(code);
  if (index < 0) return;
  const label = languageLabel(languageNames(code, uiLanguage));
  extraLanguages = extraLanguages.filter((c) => c !== code);
  renderExtraLanguages();
  // Keep the keyboard where it was: the next language's button, else the previous one, else the search.
  const buttons = otherLanguages.querySelectorAll<HTMLButtonElement>('button');
  (buttons[Math.min(index, buttons.length - 1)] ?? languageSearch).focus();
  announce(t('optionsLanguageRemoved', label));
}

function addLanguage(match: LanguageMatch) {
  const label = languageLabel(match);
  closeSuggestions();
  languageSearch.value = '';
  clearSearchError();
  if (isDistrictDefault(match.code)) {
    const box = languages.querySelector<HTMLInputElement>(`input[value="${match.code}"]`);
    if (box) box.checked = true;
    announce(t('optionsLanguageTicked', label));
  } else if (extraLanguages.includes(match.code)) {
    announce(t('optionsLanguageAlready', label));
  } else {
    extraLanguages = [...extraLanguages, match.code];
    renderExtraLanguages();
    announce(t('optionsLanguageAdded', label));
  }
}

function setActiveMatch(index: number) {
  activeMatch = index;
  for (const [i, option] of [...suggestions.children].entries()) {
    option.setAttribute('aria-selected', String(i === index));
  }
  const active = suggestions.children[index];
  if (active) {
    languageSearch.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  } else {
    languageSearch.removeAttribute('aria-activedescendant');
  }
}

function closeSuggestions() {
  shownMatches = [];
  suggestions.replaceChildren();
  suggestions.hidden = true;
  languageSearch.setAttribute('aria-expanded', 'false');
  setActiveMatch(-1);
}

function showSuggestions() {
  shownMatches = findLanguages(languageSearch.value, { uiLanguage });
  if (shownMatches.length === 0) {
    closeSuggestions();
    return;
  }
  suggestions.replaceChildren(
    ...shownMatches.map((match) => {
      const option = document.createElement('div');
      option.id = `language-option-${match.code}`;
      option.setAttribute('role', 'option');
      option.dataset.code = match.code;
      option.textContent = languageLabel(match);
      // Keep the focus in the search box, as the combobox pattern wants.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => addLanguage(match));
      return option;
    }),
  );
  suggestions.hidden = false;
  languageSearch.setAttribute('aria-expanded', 'true');
  setActiveMatch(-1);
}

/** Enter or the Add button: the chosen suggestion, else the one language the text names. */
function commitSearch() {
  const query = languageSearch.value.trim();
  if (!query) {
    showSearchError(t('optionsLanguageEmpty'));
    return;
  }
  const chosen = shownMatches[activeMatch];
  if (chosen) {
    addLanguage(chosen);
    return;
  }
  const matches = findLanguages(query, { uiLanguage });
  const only = unambiguousMatch(matches);
  if (only) addLanguage(only);
  else if (matches.length === 0) showSearchError(t('optionsLanguageNoMatch', query));
  else {
    if (suggestions.hidden) showSuggestions();
    showSearchError(t('optionsLanguageChoose', [String(matches.length), query]));
  }
}

languageSearch.addEventListener('input', () => {
  clearSearchError();
  showSuggestions();
  const query = languageSearch.value.trim();
  if (query) {
    announce(
      shownMatches.length > 0
        ? t('optionsLanguageMatches', String(shownMatches.length))
        : t('optionsLanguageNoMatch', query),
    );
  }
});

languageSearch.addEventListener('keydown', (event) => {
  if (isNavigationKey(event.key)) {
    const arrow = event.key === 'ArrowDown' || event.key === 'ArrowUp';
    // The arrows open the list; Home, End, PageUp and PageDown move in it only while it is open
    // (otherwise they move the caret in the box as usual).
    if (!arrow && suggestions.hidden) return;
    event.preventDefault();
    if (suggestions.hidden) showSuggestions();
    setActiveMatch(moveActive(activeMatch, event.key, shownMatches.length));
  } else if (event.key === 'Enter') {
    // Enter adds the language; it must not submit the form.
    event.preventDefault();
    commitSearch();
  } else if (event.key === 'Escape') {
    if (!suggestions.hidden) {
      event.preventDefault();
      closeSuggestions();
    } else if (languageSearch.value) {
      event.preventDefault();
      languageSearch.value = '';
      clearSearchError();
    }
  }
});

const addButton = $<HTMLButtonElement>('add-language');

// Tab from the box to Add keeps the list and the chosen match, so Add adds that one; the list
// closes when the focus goes anywhere else.
languageSearch.addEventListener('blur', (event) => {
  if (event.relatedTarget !== addButton) closeSuggestions();
});
addButton.addEventListener('blur', (event) => {
  if (event.relatedTarget !== languageSearch) closeSuggestions();
});
addButton.addEventListener('click', () => commitSearch());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!storedUnreadable.hidden && !replaceStored.checked) {
    settingsStatus.textContent = t('optionsStoredSaveBlocked');
    replaceStored.focus();
    return;
  }
  const result = validateOptions({
    languages: [
      ...[...languages.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
      ...extraLanguages,
    ],
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
  saveSettings(result.settings, keptLanguages).then(
    () => {
      settingsStatus.textContent = t('optionsSaved');
      // What was stored before is replaced: its notes no longer apply, but for the codes kept.
      showStoredNotes(keptNotes);
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
    frameworkStatus.textContent = countMessage(
      parsed.problems.length,
      { one: 'optionsCustomInvalidOne', other: 'optionsCustomInvalid' },
      t,
    );
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
  const { settings, keptLanguages: kept } = await loadSettingsWithNotes();
  if (settings.defaultFramework === CUSTOM_FRAMEWORK_ID) {
    await saveSettings({ ...settings, defaultFramework: 'pta-2022' }, kept);
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
