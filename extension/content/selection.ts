import type { DocumentModel } from '../../shared/checker/document-model';
import type { TextSegment } from '../../shared/checker/extract/block-text';
import { nodeOffsetFor } from '../../shared/checker/extract/block-text';
import type { Extraction } from '../../shared/checker/extract/from-document';

/**
 * The block offset of position `nodeOffset` in `segment.node`: the inverse of the engine's
 * `nodeOffsetFor`, found by bisection so that both follow the same white-space collapsing.
 */
export function blockOffsetFor(segment: TextSegment, nodeOffset: number): number {
  let low = segment.blockStart;
  let high = segment.blockEnd;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodeOffsetFor(segment, mid) < nodeOffset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Narrows an extraction of the selection's common ancestor to exactly the selected text. Blocks
 * the selection only partly covers are cut to the selected part; `shifts` records, per block ref,
 * how far the kept text starts into the original block, so highlights still land on the page.
 */
export function narrowToRange(
  extraction: Extraction,
  range: Range,
): { model: DocumentModel; shifts: Map<number, number> } {
  const { model, refs, segments } = extraction;
  const shifts = new Map<number, number>();
  const blocks: DocumentModel['blocks'] = [];
  for (const block of model.blocks) {
    const parts = (segments.get(block.ref) ?? []).filter((s) => range.intersectsNode(s.node));
    if (parts.length === 0) continue;
    let start = block.text.length;
    let end = 0;
    for (const part of parts) {
      const from =
        part.node === range.startContainer
          ? blockOffsetFor(part, range.startOffset)
          : part.blockStart;
      const to =
        part.node === range.endContainer ? blockOffsetFor(part, range.endOffset) : part.blockEnd;
      start = Math.min(start, from);
      end = Math.max(end, to);
    }
    // Drop white space at the cut edges so the block reads as the user selected it.
    while (start < end && /\s/.test(block.text[start] ?? '')) start++;
    while (end > start && /\s/.test(block.text[end - 1] ?? '')) end--;
    if (end <= start) continue;
    if (start > 0) shifts.set(block.ref, start);
    blocks.push({ ...block, text: block.text.slice(start, end) });
  }
  const kept = new Set(blocks.map((b) => b.ref));
  const touches = (ref: number) => {
    const element = refs.get(ref);
    return element ? range.intersectsNode(element) : false;
  };
  return {
    model: {
      ...model,
      mainContent: 'selection',
      blocks,
      links: model.links
        .filter((l) => touches(l.ref))
        .map((l) =>
          l.blockRef !== undefined && !kept.has(l.blockRef) ? { ...l, blockRef: undefined } : l,
        ),
      images: model.images.filter((i) => touches(i.ref)),
      controls: model.controls.filter((c) => touches(c.ref)),
      tables: model.tables.filter((t) => touches(t.ref)),
      langAttributes: model.langAttributes.filter((l) => touches(l.ref)),
    },
    shifts,
  };
}
