/** Where the full accessibility check's engine (axe-core's own file, untouched) is in the built extension. */
export const AXE_CORE_FILE = 'vendor/axe-core.min.js';
