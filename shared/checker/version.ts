/** The checker's name and version in every report; kept equal to package.json's version by a test. */
export const TOOL = { name: 'fsp-checker', version: '0.1.0' } as const;
