import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

/**
 * The extension's manifest. Permissions are exactly the five the privacy policy allows: the page is
 * read only after the user acts (activeTab + scripting), never through host permissions.
 */
export const PERMISSIONS = ['activeTab', 'scripting', 'sidePanel', 'contextMenus', 'storage'];

/**
 * Extension pages may load only their own files and connect only to themselves. Applied to
 * production builds only: vite's dev server serves from localhost.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; connect-src 'self'";

export default defineManifest((env) => ({
  manifest_version: 3,
  name: '__MSG_extensionName__',
  short_name: '__MSG_extensionShortName__',
  description: '__MSG_extensionDescription__',
  version: pkg.version,
  default_locale: 'en',
  minimum_chrome_version: '116',
  icons: {
    16: 'icons/icon-16.png',
    32: 'icons/icon-32.png',
    48: 'icons/icon-48.png',
    128: 'icons/icon-128.png',
  },
  action: {
    default_title: '__MSG_actionTitle__',
    default_popup: 'popup/index.html',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  side_panel: { default_path: 'sidepanel/index.html' },
  options_ui: { page: 'options/index.html', open_in_tab: true },
  background: { service_worker: 'background/service-worker.ts', type: 'module' },
  permissions: PERMISSIONS,
  commands: {
    'check-page': {
      suggested_key: { default: 'Alt+Shift+K' },
      description: '__MSG_commandCheckPage__',
    },
  },
  ...(env.mode === 'production'
    ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
    : {}),
}));
