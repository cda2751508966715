import type { UnreadFrame } from '../content/agent-protocol';
import type { Translate } from './export-markdown';

/**
 * The note naming the frames of another site a check could not read (a form embedded from
 * Google Forms), each by its title and site; undefined when there are none.
 */
export function unreadFramesText(frames: readonly UnreadFrame[], t: Translate): string | undefined {
  if (frames.length === 0) return undefined;
  const names = frames.map(({ url, title }) => {
    const site = new URL(url).host;
    return title ? `\u201c${title}\u201d (${site})` : site;
  });
  return t('panelUnreadFrames', names.join('; '));
}
