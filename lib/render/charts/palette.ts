/**
 * Scenario colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008),
 * which stays distinguishable for the common forms of colour-blindness. Ordered so the
 * first colours are the strongest on white; yellow, the weakest for lines, comes last.
 *
 * @example
 * SCENARIO_COLORS.length; // 8
 */
export const SCENARIO_COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'] as const;

/**
 * Category colours: Paul Tol's colour-blind-safe "muted" scheme, a different family from
 * the scenario colours so a category is never mistaken for a scenario.
 *
 * @example
 * CATEGORY_COLORS[0]; // '#44AA99'
 */
export const CATEGORY_COLORS = ['#44AA99', '#CC6677', '#DDCC77', '#332288', '#88CCEE', '#117733', '#999933', '#882255', '#AA4499'] as const;

/** Dash patterns that tell scenarios apart once the colours repeat (more than 8 scenarios). */
const DASHES: readonly (readonly number[])[] = [[1, 0], [8, 4], [2, 3], [8, 3, 2, 3]];

/**
 * A colour (and dash) per name, in the order given: the domain and range of a Vega-Lite scale.
 *
 * @example
 * const assigned: ColorAssignment = assignColors(['Self-hosted']);
 * assigned; // { domain: ['Self-hosted'], colors: ['#0072B2'], dashes: [[1, 0]] }
 */
export type ColorAssignment = {
  readonly domain: string[];
  readonly colors: string[];
  readonly dashes: number[][];
};

/**
 * Assigns colours to names in order, cycling through `palette` and changing the dash pattern
 * each time the colours repeat.
 *
 * @example
 * assignColors(['Self-hosted', 'Managed provider']).colors; // ['#0072B2', '#E69F00']
 * assignColors(['hosting', 'staff'], CATEGORY_COLORS).colors; // ['#44AA99', '#CC6677']
 */
export function assignColors(names: readonly string[], palette: readonly string[] = SCENARIO_COLORS): ColorAssignment {
  return {
    domain: [...names],
    colors: names.map((_, i) => palette[i % palette.length] as string),
    dashes: names.map((_, i) => [...(DASHES[Math.floor(i / palette.length) % DASHES.length] as number[])]),
  };
}
