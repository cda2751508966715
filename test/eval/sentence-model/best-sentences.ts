import { isInScope } from '../../../shared/checker/checks/text/block-scope';
import { lowered } from '../../../shared/checker/checks/text/word-starts';
import type { CheckContext, Sentence } from '../../../shared/checker/checks/types';
import type { TextBlock } from '../../../shared/checker/document-model';
import { type SentenceModel, scoreSentence } from './model';

/** Per indicator (in `model.ids` order): its best sentence's logit and where that sentence is. */
export interface BestSentences {
  logit: Float64Array;
  block: (TextBlock | undefined)[];
  sentence: (Sentence | undefined)[];
}

let scratch = new Float64Array(0);

/**
 * Scores every sentence a tag rule reads (main content, no navigation lines: block-scope.ts) and
 * keeps, per indicator, the best one: what a check beside the rules would see. One pass; the
 * block's lower-cased text is the one the pattern rules share.
 */
export function bestSentences(context: CheckContext, model: SentenceModel): BestSentences {
  const n = model.ids.length;
  if (scratch.length < n) scratch = new Float64Array(n);
  const out = scratch.subarray(0, n);
  const best: BestSentences = {
    logit: new Float64Array(n).fill(Number.NEGATIVE_INFINITY),
    block: new Array(n),
    sentence: new Array(n),
  };
  for (const block of context.model.blocks) {
    if (!isInScope(context, block)) continue;
    const lower = lowered(block);
    for (const sentence of context.sentences(block)) {
      scoreSentence(model, lower, sentence.start, sentence.end, out);
      for (let k = 0; k < n; k++) {
        if ((out[k] as number) > (best.logit[k] as number)) {
          best.logit[k] = out[k] as number;
          best.block[k] = block;
          best.sentence[k] = sentence;
        }
      }
    }
  }
  return best;
}
