import type { DocumentModel, ImageInfo } from '../../document-model';

/** Icons, spacers and tracking pixels are smaller than this in either dimension. */
const MIN_CONTENT_SIZE = 150;

/** Images that carry content: not decorative (`alt=""`, role none) and not icon-sized. */
export function contentImages(model: DocumentModel): ImageInfo[] {
  return model.images.filter((image) => {
    if (image.alt === '' || image.role === 'presentation' || image.role === 'none') return false;
    if (image.width !== undefined && image.width < MIN_CONTENT_SIZE) return false;
    if (image.height !== undefined && image.height < MIN_CONTENT_SIZE) return false;
    return true;
  });
}

const mainWords = new WeakMap<DocumentModel, number>();

/** Words (runs of non-space characters) in the main content, counted once per document. */
export function mainContentWords(model: DocumentModel): number {
  let words = mainWords.get(model);
  if (words === undefined) {
    words = 0;
    for (const block of model.blocks) {
      if (block.inMainContent) words += block.text.match(/\S+/g)?.length ?? 0;
    }
    mainWords.set(model, words);
  }
  return words;
}
