import type { Position } from '../finding';
import { nodeOffsetFor, type TextSegment } from './block-text';
import type { Extraction } from './from-document';

export interface Boundary {
  node: Node;
  offset: number;
}

/**
 * Where a finding's passage is in the page the model came from: start and end boundary points
 * in the text nodes, for the CSS Custom Highlight API or a selection. Block positions map through
 * the recorded text segments; any other ref (a link, image, control, table) covers its element.
 * Returns null when the ref is unknown or its element has left the page.
 */
export function positionToBoundaries(
  extraction: Pick<Extraction, 'refs' | 'segments'>,
  position: Position,
): { start: Boundary; end: Boundary } | null {
  const element = extraction.refs.get(position.ref);
  if (!element || element.isConnected === false) return null;
  const segments = extraction.segments.get(position.ref);
  const start =
    segments && position.end > position.start ? locate(segments, position.start, 'start') : null;
  const end =
    segments && position.end > position.start ? locate(segments, position.end - 1, 'end') : null;
  if (start && end) return { start, end };
  const parent = element.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, element);
  return { start: { node: parent, offset: index }, end: { node: parent, offset: index + 1 } };
}

/** The same as a DOM `Range`, in a browser (linkedom's Range cannot be positioned). */
export function positionToRange(
  extraction: Pick<Extraction, 'refs' | 'segments'>,
  position: Position,
): Range | null {
  const boundaries = positionToBoundaries(extraction, position);
  const document = extraction.refs.get(position.ref)?.ownerDocument;
  if (!boundaries || !document) return null;
  const range = document.createRange();
  range.setStart(boundaries.start.node, boundaries.start.offset);
  range.setEnd(boundaries.end.node, boundaries.end.offset);
  return range;
}

function locate(segments: TextSegment[], offset: number, edge: 'start' | 'end'): Boundary | null {
  // The segment holding the offset, or (for a line break between nodes) the next one.
  let chosen: TextSegment | undefined;
  for (const segment of segments) {
    if (offset < segment.blockEnd) {
      chosen = segment;
      break;
    }
  }
  chosen ??= segments[segments.length - 1];
  if (!chosen) return null;
  const within = Math.min(Math.max(offset, chosen.blockStart), chosen.blockEnd - 1);
  const nodeOffset = nodeOffsetFor(chosen, within);
  return { node: chosen.node, offset: edge === 'start' ? nodeOffset : nodeOffset + 1 };
}
