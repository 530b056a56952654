/**
 * The page's controls: one per analysis option and one per input of each scenario, each a
 * labelled field to type in and, for numbers, a slider to drag; under it what the value is
 * per, a range's bounds, and where the cheapest option changes.
 *
 *   option / ExploreInput ─▶ <div.control> label · text field (· slider) · per · threshold line
 *   field typed or slider dragged ─▶ the other follows ─▶ onChange(key, text)
 */
import { Money } from '../../../lib/money/decimal.js';
import { parseRate } from '../../../lib/money/parseDecimal.js';
import type { ExploreInput } from '../../../lib/scenario/exploreInputs.js';
import { element, idOf } from './dom.js';

/** One control: its key in the what-if, the text it started with, and its elements. */
export type Control = {
  readonly key: string;
  readonly original: string;
  readonly field: HTMLInputElement | HTMLSelectElement;
  readonly slider?: HTMLInputElement;
  readonly box: HTMLElement;
  /** The line saying where the cheapest option changes; absent for options. */
  readonly threshold?: HTMLElement;
  /** The scenario (from 0) and input the control changes; absent for options. */
  readonly scenario?: number;
  readonly input?: ExploreInput;
};

/** How a slider maps to text: its bounds and step, and the text of a position. */
type SliderScale = { readonly min: number; readonly max: number; readonly step: number; readonly text: (position: string) => string; readonly position: (text: string) => number | undefined };

/** What a control is made of, before it is built. */
export type ControlSpec = {
  readonly key: string;
  readonly label: string;
  readonly original: string;
  readonly kind: 'text' | 'month' | 'select';
  readonly choices?: readonly { readonly value: string; readonly text: string }[];
  readonly per?: string;
  readonly hint?: string;
  readonly slider?: SliderScale;
  readonly scenario?: number;
  readonly input?: ExploreInput;
  readonly inputMode?: 'decimal' | 'numeric';
};

/** Builds a control; `onChange` hears every change of its value, typed or dragged. */
export function buildControl(spec: ControlSpec, onChange: (control: Control, text: string) => void): Control {
  const id = idOf('control', spec.key);
  const describedBy = [spec.per === undefined ? undefined : `${id}-per`, spec.hint === undefined ? undefined : `${id}-hint`, spec.input === undefined ? undefined : `${id}-threshold`].filter((x) => x !== undefined).join(' ');
  const field = spec.kind === 'select' ? element('select', { id, 'aria-describedby': describedBy || undefined }) : element('input', { id, type: spec.kind === 'month' ? 'month' : 'text', inputmode: spec.inputMode, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': describedBy || undefined });
  if (field instanceof HTMLSelectElement) for (const choice of spec.choices ?? []) field.append(element('option', { value: choice.value }, choice.text));
  field.value = spec.original;
  const label = element('label', { for: id }, spec.label);
  const row = element('div', { class: 'row' }, field);
  let slider: HTMLInputElement | undefined;
  if (spec.slider !== undefined) {
    const scale = spec.slider;
    slider = element('input', { type: 'range', id: `${id}-slider`, min: String(scale.min), max: String(scale.max), step: String(scale.step), 'aria-label': `${spec.label}: drag to change` });
    placeSlider(slider, scale, spec.original);
    row.append(slider);
  }
  const threshold = spec.input === undefined ? undefined : element('p', { class: 'threshold', id: `${id}-threshold` });
  const box = element(
    'div',
    { class: 'control' },
    label,
    row,
    ...(spec.per === undefined || spec.per === '' ? [] : [element('div', { class: 'per', id: `${id}-per` }, spec.per)]),
    ...(spec.hint === undefined ? [] : [element('div', { class: 'hint', id: `${id}-hint` }, spec.hint)]),
    ...(threshold === undefined ? [] : [threshold]),
  );
  const control: Control = { key: spec.key, original: spec.original, field, box, ...(slider === undefined ? {} : { slider }), ...(threshold === undefined ? {} : { threshold }), ...(spec.scenario === undefined ? {} : { scenario: spec.scenario }), ...(spec.input === undefined ? {} : { input: spec.input }) };
  field.addEventListener(field instanceof HTMLSelectElement ? 'change' : 'input', () => {
    if (slider !== undefined && spec.slider !== undefined) placeSlider(slider, spec.slider, field.value);
    onChange(control, field.value);
  });
  if (field instanceof HTMLInputElement && field.type === 'month') field.addEventListener('change', () => onChange(control, field.value));
  slider?.addEventListener('input', () => {
    if (slider === undefined || spec.slider === undefined) return;
    field.value = spec.slider.text(slider.value);
    onChange(control, field.value);
  });
  return control;
}

/** Sets a control's text (and its slider) without announcing a change. */
export function setControlText(control: Control, text: string, scale?: SliderScale): void {
  control.field.value = text;
  if (control.slider !== undefined && scale !== undefined) placeSlider(control.slider, scale, text);
}

/** Moves the slider to the value of `text`, widening it when the value lies beyond its end. */
function placeSlider(slider: HTMLInputElement, scale: SliderScale, text: string): void {
  const position = scale.position(text);
  if (position === undefined) return;
  if (position > Number(slider.max)) slider.max = String(niceCeiling(position));
  slider.value = String(position);
}

/** A slider for amounts and quantities from 0, past both the value and where the decision flips. */
export function amountScale(current: string, minorDigits: number, flip?: string): SliderScale {
  const top = niceCeiling(Math.max(Number(current) * 2, Number(flip ?? 0) * 1.5, 10));
  const step = Math.max(niceFloor(top / 400), 10 ** -minorDigits);
  return { min: 0, max: top, step, text: (position) => position, position: (text) => finite(Number(text.trim())) };
}

/** A slider for rates, in tenths of a percent: its text is a percentage ("3.5%"). */
export function rateScale(current: string, flip?: string): SliderScale {
  const top = Math.max(200, Math.ceil(Number(current) * 2000), Math.ceil(Number(flip ?? 0) * 1500));
  return {
    min: 0,
    max: top,
    step: 1,
    text: (position) => `${Number(position) / 10}%`,
    position: (text) => {
      const rate = parseRate(text);
      return rate === undefined ? undefined : Math.round(rate.times(1000).toNumber());
    },
  };
}

/** A slider for a number of months. */
export function monthsScale(current: string, low = 1, high = 60): SliderScale {
  return { min: low, max: Math.max(high, Number(current) * 2), step: 1, text: (position) => position, position: (text) => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined) };
}

/** A rate as a fraction ("0.03") written as people type it: "3%". */
export function percentOf(fraction: string): string {
  return `${new Money(fraction).times(100).toFixed()}%`;
}

function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

/** The smallest 1, 2 or 5 × 10^k at or above `value`. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

/** The largest 1, 2 or 5 × 10^k at or below `value`. */
function niceFloor(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([5, 2, 1].find((m) => m * power <= value) ?? 1) * power;
}
