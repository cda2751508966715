import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { CheckOptions } from '../checker/checks/types';
import {
  checkDocument,
  checkDocuments,
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

/** A file read, decoded and extracted, ready to check; or why it cannot be. */
export type ReadFile =
  | { ok: true; file: string; kind: 'html' | 'text'; model: DocumentModel }
  | { ok: false; file: string; message: string };

export interface FileCheckOptions {
  cwd: string;
  check: Partial<CheckOptions>;
  now?: Date;
}

/** Files read and checked together by `checkFiles`: enough for the batch's speed, few in memory. */
export const FILES_PER_BATCH = 25;

/** Reads, decodes, extracts and checks one file. Problems come back as messages, never as throws. */
export async function checkFile(file: string, options: FileCheckOptions): Promise<FileResult> {
  return checkRead([await readForCheck(file, options.cwd)], options)[0] as FileResult;
}

/**
 * Checks files in order, `FILES_PER_BATCH` at a time (see checkDocuments), and hands each result
 * to `take` as soon as its batch is done.
 */
export async function checkFiles(
  files: readonly string[],
  options: FileCheckOptions,
  take: (result: FileResult) => void,
): Promise<void> {
  for (let from = 0; from < files.length; from += FILES_PER_BATCH) {
    const read: ReadFile[] = [];
    for (const file of files.slice(from, from + FILES_PER_BATCH)) {
      read.push(await readForCheck(file, options.cwd));
    }
    for (const result of checkRead(read, options)) take(result);
  }
}

/** Reads, decodes and extracts one file, with notes for an empty file or one without text. */
export async function readForCheck(file: string, cwd: string): Promise<ReadFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, file));
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
    return { ok: true, file, kind, model };
  } catch (error) {
    return { ok: false, file, message: failed(error) };
  }
}

/**
 * Checks the files that were read, all together; if that throws (a bug), each alone, so that one
 * file's failure is reported against that file and the others are still checked.
 */
function checkRead(read: readonly ReadFile[], options: FileCheckOptions): FileResult[] {
  const ready = read.filter((r) => r.ok);
  const reportOptions = { ...options.check, ...(options.now ? { now: options.now } : {}) };
  let reports: (Report | string)[];
  try {
    reports = checkDocuments(
      ready.map(({ model, kind, file }) => ({ model, input: { kind, file } })),
      reportOptions,
    );
  } catch {
    reports = ready.map(({ model, kind, file }) => {
      try {
        return checkDocument(model, { ...reportOptions, input: { kind, file } });
      } catch (error) {
        return failed(error);
      }
    });
  }
  let next = 0;
  return read.map((r): FileResult => {
    if (!r.ok) return r;
    const report = reports[next++] as Report | string;
    return typeof report === 'string'
      ? { ok: false, file: r.file, message: report }
      : { ok: true, file: r.file, report, model: r.model };
  });
}

function failed(error: unknown): string {
  return `the check failed: ${error instanceof Error ? error.message : String(error)}`;
}
