/**
 * The message checker's public API, safe for the browser: no linkedom, no node modules. Node code
 * (the CLI, tests) imports `./node`, which adds `extractFromHtml`.
 */
export type * from './document-model';
export type { TextSegment } from './extract/block-text';
export {
  type Extraction,
  type ExtractOptions,
  extractFromDocument,
} from './extract/from-document';
export { extractFromText, type TextExtractOptions } from './extract/from-text';
export { type Boundary, positionToBoundaries, positionToRange } from './extract/positions';
export * from './finding';
export * from './report';
