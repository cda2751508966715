import type { DocumentModel } from '../../shared/checker/document-model';

/** One frame's extraction, as the content agent returned it. */
export interface FrameModel {
  frameId: number;
  isTop: boolean;
  url: string;
  model: DocumentModel;
}

/** Where a ref of the merged model lives: which frame, and the ref inside that frame's model. */
export interface RefOrigin {
  frameId: number;
  localRef: number;
}

export interface MergedModel {
  model: DocumentModel;
  origins: Map<number, RefOrigin>;
}

/** Every field of the model that holds a ref: keys named `ref` or ending in `Ref`. */
function isRefKey(key: string): boolean {
  return key === 'ref' || key.endsWith('Ref');
}

/** Shifts every ref in a model part by `offset`, recording each new ref's origin. */
function shiftRefs<T>(
  value: T,
  offset: number,
  frameId: number,
  origins: Map<number, RefOrigin>,
): T {
  if (Array.isArray(value)) {
    return value.map((v) => shiftRefs(v, offset, frameId, origins)) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (isRefKey(key) && typeof v === 'number') {
      out[key] = v + offset;
      if (key === 'ref') origins.set(v + offset, { frameId, localRef: v });
    } else {
      out[key] = shiftRefs(v, offset, frameId, origins);
    }
  }
  return out as T;
}

function maxRef(value: unknown): number {
  let max = -1;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === 'object' && v !== null) {
      for (const [key, inner] of Object.entries(v)) {
        if (isRefKey(key) && typeof inner === 'number') max = Math.max(max, inner);
        else stack.push(inner);
      }
    }
  }
  return max;
}

const LIST_FIELDS = ['blocks', 'links', 'images', 'controls', 'tables', 'langAttributes'] as const;

/**
 * Joins the models of a page's frames into one, top frame first: a form in a same-origin iframe
 * is checked with the page around it. Refs are renumbered so they stay unique, and each keeps its
 * frame so a click in the report highlights the passage in the right frame.
 */
export function mergeFrameModels(frames: readonly FrameModel[]): MergedModel {
  const ordered = [...frames].sort(
    (a, b) => Number(b.isTop) - Number(a.isTop) || a.frameId - b.frameId,
  );
  const top = ordered[0];
  if (!top) throw new Error('No frame could be read.');
  const origins = new Map<number, RefOrigin>();
  const merged: DocumentModel = {
    ...top.model,
    blocks: [],
    links: [],
    images: [],
    controls: [],
    tables: [],
    langAttributes: [],
    isForm: false,
  };
  const widgets: NonNullable<DocumentModel['translateWidgets']> = [];
  const notes: string[] = [];
  let offset = 0;
  for (const frame of ordered) {
    const shifted = shiftRefs(frame.model, offset, frame.frameId, origins);
    for (const field of LIST_FIELDS) {
      (merged[field] as unknown[]).push(...(shifted[field] as unknown[]));
    }
    merged.isForm ||= frame.model.isForm;
    for (const widget of shifted.translateWidgets ?? []) {
      if (!widgets.some((w) => w.kind === widget.kind)) widgets.push(widget);
    }
    notes.push(...(frame.model.notes ?? []));
    offset += maxRef(frame.model) + 1;
  }
  if (top.model.translateWidgets !== undefined || widgets.length > 0)
    merged.translateWidgets = widgets;
  if (notes.length > 0) merged.notes = [...new Set(notes)];
  else delete merged.notes;
  return { model: merged, origins };
}
