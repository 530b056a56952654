/**
 * The charts of a simulation, by the name `costmodel simulate --chart-type` takes.
 *
 * @example
 * SIMULATION_CHART_TYPES; // ['fan', 'histogram', 'tornado']
 */
export const SIMULATION_CHART_TYPES = ['fan', 'histogram', 'tornado'] as const;

/**
 * One of {@link SIMULATION_CHART_TYPES}.
 *
 * @example
 * const type: SimulationChartType = 'histogram';
 * SIMULATION_CHART_TYPES.includes(type); // true
 */
export type SimulationChartType = (typeof SIMULATION_CHART_TYPES)[number];
