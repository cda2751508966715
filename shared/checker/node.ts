/**
 * The checker's node entry: everything in `./index` plus HTML parsing with linkedom. The extension
 * imports `./index` only, so linkedom never reaches a browser bundle.
 */
import { parseHTML } from 'linkedom';
import { type Extraction, type ExtractOptions, extractFromDocument } from './extract/from-document';
import { prepareHtml } from './extract/prepare-html';

export * from './index';

/**
 * Parses HTML with linkedom and extracts its document model. A fragment without `<html>` is
 * wrapped in a document first: linkedom would otherwise make its first element the root. Very
 * large pages are compacted and, past `maxHtmlCharacters`, cut (see prepareHtml).
 */
export function extractFromHtml(
  html: string,
  options: Omit<ExtractOptions, 'root'> & { maxHtmlCharacters?: number } = {},
): Extraction {
  const { maxHtmlCharacters, ...extractOptions } = options;
  const prepared = prepareHtml(html, maxHtmlCharacters);
  const extraction = extractFromDocument(parseHtmlDocument(prepared.html), extractOptions);
  if (prepared.notes.length > 0) {
    extraction.model.notes = [...prepared.notes, ...(extraction.model.notes ?? [])];
  }
  return extraction;
}

export function parseHtmlDocument(html: string): Document {
  const source = html.replace(/^\uFEFF/, '');
  const head = source.slice(0, 8192);
  let text: string;
  if (/<html[\s>]/i.test(head)) text = source;
  else if (/<(?:head|body)[\s>]/i.test(head)) {
    text = `<!DOCTYPE html><html>${source.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
  } else text = `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  return parseHTML(text).document as unknown as Document;
}
