import type { TopLevelSpec } from 'vega-lite';
import type { Simulation } from '../../report/simulation.js';
import { fanChart } from './fanChart.js';
import { histogramChart } from './histogramChart.js';
import type { SimulationChartType } from './simulationChartType.js';
import { tornadoChart } from './tornadoChart.js';

/**
 * The Vega-Lite spec of a chart of a simulation, chosen by type: {@link fanChart},
 * {@link histogramChart} or {@link tornadoChart}.
 *
 * @example
 * const result = simulate([selfHosted, managedProvider], { trials: 100 });
 * (['fan', 'histogram', 'tornado'] as const).map((type) => (simulationChartSpec(type, result).usermeta?.['costmodel'] as { chart: string }).chart); // ['fan', 'histogram', 'tornado']
 */
export function simulationChartSpec(type: SimulationChartType, simulation: Simulation): TopLevelSpec {
  switch (type) {
    case 'fan':
      return fanChart(simulation);
    case 'histogram':
      return histogramChart(simulation);
    case 'tornado':
      return tornadoChart(simulation);
    default:
      throw new Error(`unknown simulation chart type: ${String(type satisfies never)}`);
  }
}
