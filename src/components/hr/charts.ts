import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

/**
 * Bar charts for the HR page, loaded with a dynamic import so the rest of the page works
 * before chart.js arrives. Only what bar charts need is registered (no legend, tooltip or
 * animation plugins: each chart has a data table, and a still chart respects reduced motion).
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** What a bar chart shows, and the theme colours it is drawn in. */
export interface BarData {
  labels: string[];
  values: number[];
  /** Title of the value axis. */
  axis: string;
  /** Top of the value axis (100 for percentages); free when absent. */
  max?: number;
  colors: { bar: string; text: string; grid: string };
}

const options = (data: BarData) => ({
  animation: false as const,
  responsive: true,
  maintainAspectRatio: false,
  events: [],
  scales: {
    x: { ticks: { color: data.colors.text, autoSkip: false, maxRotation: 60 }, grid: { color: data.colors.grid } },
    y: {
      beginAtZero: true,
      ...(data.max !== undefined && { max: data.max }),
      ticks: { color: data.colors.text, precision: 0 },
      grid: { color: data.colors.grid },
      title: { display: true, text: data.axis, color: data.colors.text },
    },
  },
});

/** Draws a bar chart on `canvas`; returns the function that removes it (call before drawing again). */
export function barChart(canvas: HTMLCanvasElement, data: BarData): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: [{ data: data.values, backgroundColor: data.colors.bar }] },
    options: options(data),
  });
  return () => chart.destroy();
}
