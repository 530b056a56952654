import type { TopLevelSpec } from 'vega-lite';

/**
 * The `$schema` every chart declares: Vega-Lite 6, which the Vega editor opens.
 *
 * @example
 * VEGA_LITE_SCHEMA; // 'https://vega.github.io/schema/vega-lite/v6.json'
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A top-level layered spec.
 *
 * @example
 * const spec: TopLevelLayerSpec = { $schema: VEGA_LITE_SCHEMA, layer: [] };
 * spec.layer.length; // 0
 */
export type TopLevelLayerSpec = Extract<TopLevelSpec, { layer: unknown }>;
/**
 * One layer of a layered spec.
 *
 * @example
 * const layer: LayerItem = { data: { values: [{ cost: 4000 }] }, mark: 'rule' };
 * const spec: TopLevelLayerSpec = { layer: [layer] };
 * spec.layer[0] === layer; // true
 */
export type LayerItem = TopLevelLayerSpec['layer'][number];
/**
 * A top-level vertically concatenated spec.
 *
 * @example
 * const spec: TopLevelVConcatSpec = { $schema: VEGA_LITE_SCHEMA, vconcat: [] };
 * spec.vconcat.length; // 0
 */
export type TopLevelVConcatSpec = Extract<TopLevelSpec, { vconcat: unknown }>;
/**
 * One view of a concatenated spec.
 *
 * @example
 * const panel: ConcatItem = { data: { values: [{ cost: 4000 }] }, mark: 'bar' };
 * const spec: TopLevelVConcatSpec = { vconcat: [panel, panel] };
 * spec.vconcat.length; // 2
 */
export type ConcatItem = TopLevelVConcatSpec['vconcat'][number];
