import { describe, expect, test } from 'vitest';
import { exampleIds } from '../../../extension/popup/example-ids';
import { BUILT_IN_FRAMEWORK_IDS, builtInFramework, findNode } from '../../../shared/frameworks';

describe("the popup's hints name ids the chosen framework has", () => {
  test.each([
    ['pta-2022', { item: '2.1.2', broader: '2.1' }],
    ['pta-2008', { item: '2', broader: '2' }],
    ['kb-r', { item: '2.1.2', broader: '2.1' }],
  ] as const)('%s: %j', (id, expected) => {
    expect(exampleIds(builtInFramework(id))).toEqual(expected);
  });

  test.each(BUILT_IN_FRAMEWORK_IDS)('every example exists in %s', (id) => {
    const framework = builtInFramework(id);
    const { item, broader } = exampleIds(framework);
    expect(findNode(framework, item)?.id).toBe(item);
    expect(findNode(framework, broader)?.id).toBe(broader);
  });
});
