import type { TopLevelSpec } from 'vega-lite';

/** The `$schema` every chart declares: Vega-Lite 6, which the Vega editor opens. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A top-level layered spec. */
export type TopLevelLayerSpec = Extract<TopLevelSpec, { layer: unknown }>;
/** One layer of a layered spec. */
export type LayerItem = TopLevelLayerSpec['layer'][number];
/** A top-level vertically concatenated spec. */
export type TopLevelVConcatSpec = Extract<TopLevelSpec, { vconcat: unknown }>;
/** One view of a concatenated spec. */
export type ConcatItem = TopLevelVConcatSpec['vconcat'][number];
