import type { SidebarState, SurveyState } from '../setup/sidebar-protocol';
import { h } from './dom';
import { call } from './server';
import { addRaterView } from './views/add-rater-view';
import { setupView } from './views/setup-view';
import { surveyView } from './views/survey-view';

/** The sidebar: the server says which view to open through the body's data-view attribute. */
async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const view = document.body.dataset.view ?? 'setup';
  const failed = (message: string) =>
    root.replaceChildren(h('p', { class: 'status error', role: 'alert' }, message));
  if (view === 'survey') {
    const result = await call<SurveyState>('getSurveySources');
    if (!result.ok) return failed(result.message);
    return surveyView(root, result.value);
  }
  const result = await call<SidebarState>('getSidebarState', view);
  if (!result.ok) return failed(result.message);
  if (view === 'add-rater') return addRaterView(root, result.value);
  return setupView(root, result.value);
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => void start());
else void start();
