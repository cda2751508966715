import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { CheckOptions } from '../checker/checks/types';
import {
  checkDocument,
  type DocumentModel,
  extractFromHtml,
  extractFromText,
  type Report,
} from '../checker/node';
import { decodeFile } from './decode';
import { describeFsError } from './files';

export type FileResult =
  | { ok: true; file: string; report: Report; model: DocumentModel }
  | { ok: false; file: string; message: string };

/** Reads, decodes, extracts and checks one file. Problems come back as messages, never as throws. */
export async function checkFile(
  file: string,
  options: { cwd: string; check: Partial<CheckOptions>; now?: Date },
): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(options.cwd, file));
  } catch (error) {
    return { ok: false, file, message: describeFsError(error) };
  }
  const kind = /^\.html?$/i.test(extname(file)) ? 'html' : 'text';
  const decoded = decodeFile(bytes, kind);
  if (!decoded.ok) return { ok: false, file, message: `cannot check this file: ${decoded.reason}` };

  try {
    const model =
      kind === 'html' ? extractFromHtml(decoded.text).model : extractFromText(decoded.text);
    const notes: string[] = [];
    if (decoded.note) notes.push(decoded.note);
    if (bytes.length === 0) notes.push('The file is empty: there is nothing to check.');
    else if (model.blocks.length === 0) notes.push('No text was found in this file.');
    if (notes.length > 0) model.notes = [...notes, ...(model.notes ?? [])];
    const report = checkDocument(model, {
      ...options.check,
      input: { kind, file },
      ...(options.now ? { now: options.now } : {}),
    });
    return { ok: true, file, report, model };
  } catch (error) {
    return {
      ok: false,
      file,
      message: `the check failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
