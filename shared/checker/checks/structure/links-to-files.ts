import type { CheckFunction } from '../types';
import { nodeHit } from './positions';

/**
 * Links to documents (PDF, Word by default; `options.extensions` to change): each attachment
 * needs its own accessibility check, and readers should know they are opening a file.
 */
export const linksToFiles: CheckFunction = ({ model, rule }) => {
  const extensions = Array.isArray(rule.options?.extensions)
    ? (rule.options.extensions as unknown[]).filter((e): e is string => typeof e === 'string')
    : ['pdf', 'doc', 'docx'];
  const pattern = new RegExp(`\\.(${extensions.map((e) => e.replace(/\W/g, '')).join('|')})$`, 'i');
  return model.links.flatMap((link) => {
    const path = link.href.split(/[?#]/)[0] ?? '';
    const ext = pattern.exec(path)?.[1];
    if (!ext) return [];
    const kind = ext.toLowerCase() === 'pdf' ? 'PDF' : 'Word';
    const named = new RegExp(`\\b(${ext}|${kind})\\b`, 'i').test(
      `${link.text} ${link.accessibleName ?? ''}`,
    );
    return [
      nodeHit(
        link.ref,
        link.text,
        named
          ? `This links to a ${kind} file. Check the file itself: it needs real text, headings and a language, and a version in each family language.`
          : `This links to a ${kind} file, but the link text does not say so. Add "(${kind})" to the link, and check the file itself for accessibility.`,
      ),
    ];
  });
};
