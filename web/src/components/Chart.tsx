import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A small uPlot line chart; redrawn when the data changes. */
export function Chart(props: { title: string; labels: string[]; colors: string[]; x: number[]; series: number[][] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const plot = new uPlot({
      width: Math.max(280, box.current.clientWidth), height: 160, title: props.title,
      scales: { x: { time: true } },
      axes: [{ stroke: 'currentColor' }, { stroke: 'currentColor', size: 40 }],
      series: [{}, ...props.labels.map((label, i) => ({ label, stroke: props.colors[i], width: 2, points: { show: false } }))],
    }, [props.x, ...props.series], box.current);
    return () => plot.destroy();
  }, [props.x, props.series]);
  return <div class="chart" ref={box} role="img" aria-label={`${props.title}: ${props.labels.map((l, i) => `${l} ${props.series[i].reduce((a, b) => a + b, 0)}`).join(', ')}`} />;
}
