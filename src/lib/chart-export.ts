/**
 * Turns a chart's SVG into a self-contained picture for presentations: title above, source, as-of
 * date and the demo label below, white background. SVG as is, PNG through a canvas at 2× scale.
 * All text is set with textContent, so nothing from the data becomes markup. Which SVG of a chart
 * frame is the chart (not one of a legend's icons), and its HTML legend drawn into it, are here too.
 */
import { downloadBlob, safeFileName } from './csv';

export interface ChartCaption {
  title: string;
  subtitle?: string;
  /** Source, as-of date and, in demo mode, the demo label, one per line. */
  footer: readonly string[];
}

export const SVG_NS = 'http://www.w3.org/2000/svg';
/** Text colours of exported pictures: the page's ink, and its muted grey for secondary lines. */
export const SVG_INK = '#12202b';
export const SVG_MUTED = '#4a5a67';
const PAD = 16;
const TITLE_SIZE = 18;
const LINE = 16;

/** A `<text>` of an exported picture, its content set as text (never markup), in the page's font. */
export const svgText = (
  doc: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  weight = 400,
  fill = SVG_INK,
): SVGTextElement => {
  const node = doc.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-family', 'Noto Sans, Segoe UI, Arial, sans-serif');
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-weight', String(weight));
  node.setAttribute('fill', fill);
  node.textContent = content;
  return node;
};

/** Where a chart library puts HTML beside its drawing surface (legend, tooltip): their SVGs are icons, never the chart. */
const BESIDE_THE_CHART = '.recharts-legend-wrapper, .recharts-tooltip-wrapper';

/** Area of an SVG as laid out, or from its width and height attributes where nothing is laid out (jsdom). */
const areaOf = (svg: SVGSVGElement): number => {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return box.width * box.height;
  const size = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '') || 0;
  return size('width') * size('height');
};

/**
 * The chart among the SVGs of a chart frame: one marked `data-exportable`, else the largest drawing
 * surface of recharts that is neither inside another SVG nor in a legend or tooltip. Recharts draws
 * each legend icon as an `svg.recharts-surface` too, and portals its legend before the chart itself,
 * so the first surface in the frame is an icon wherever a chart has a legend. Null when nothing with
 * an area is drawn (a chart still loading, or its placeholder).
 */
export const pickChartSvg = (container: ParentNode): SVGSVGElement | null => {
  const candidates = [...container.querySelectorAll<SVGSVGElement>('svg[data-exportable], svg.recharts-surface')].filter(
    (svg) => !svg.parentElement?.closest('svg') && !svg.closest(BESIDE_THE_CHART),
  );
  const marked = candidates.filter((svg) => svg.hasAttribute('data-exportable'));
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of marked.length ? marked : candidates) {
    const area = areaOf(svg);
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  return best;
};

/** The element whose style sets a legend entry's text: the innermost one holding all of it. */
const textHolder = (element: Element): Element => {
  let node = element;
  for (;;) {
    const [only, ...more] = [...node.children];
    const ownText = [...node.childNodes].some((child) => child.nodeType === child.TEXT_NODE && (child.textContent ?? '').trim() !== '');
    if (!only || more.length || ownText) return node;
    node = only;
  }
};

/**
 * The chart of a chart frame as a picture: its drawing surface (pickChartSvg) and, where recharts
 * lays out a legend in HTML over it, that legend drawn in as SVG where it is on screen — icons as
 * they are, names as text in their colour and size. Without it a picture's lines could not be told
 * apart. A chart with no HTML legend is returned as it is.
 */
export const chartPicture = (container: ParentNode): SVGSVGElement | null => {
  const chart = pickChartSvg(container);
  const items = chart?.parentElement?.querySelectorAll('.recharts-legend-wrapper .recharts-legend-item') ?? [];
  if (!chart || items.length === 0) return chart;
  const doc = chart.ownerDocument;
  const view = doc.defaultView;
  const box = chart.getBoundingClientRect();
  const picture = chart.cloneNode(true) as SVGSVGElement;
  // Detached, the copy has no layout: its size is what the chart's is on screen.
  picture.setAttribute('width', String(Math.round(box.width || Number.parseFloat(chart.getAttribute('width') ?? '') || 0)));
  picture.setAttribute('height', String(Math.round(box.height || Number.parseFloat(chart.getAttribute('height') ?? '') || 0)));
  picture.removeAttribute('style');
  const legend = doc.createElementNS(SVG_NS, 'g');
  legend.setAttribute('class', 'picture-legend');
  items.forEach((item) => {
    const icon = item.querySelector('svg');
    if (icon) {
      const at = icon.getBoundingClientRect();
      const copy = icon.cloneNode(true) as SVGSVGElement;
      copy.removeAttribute('style');
      // At its size on screen: in the picture's own document its size in em would be of another font size.
      if (at.width > 0) {
        copy.setAttribute('width', at.width.toFixed(1));
        copy.setAttribute('height', at.height.toFixed(1));
      }
      copy.setAttribute('x', (at.left - box.left).toFixed(1));
      copy.setAttribute('y', (at.top - box.top).toFixed(1));
      legend.append(copy);
    }
    const label = item.querySelector('.recharts-legend-item-text') ?? item;
    const name = (label.textContent ?? '').trim();
    if (!name) return;
    const style = view?.getComputedStyle(textHolder(label));
    const at = label.getBoundingClientRect();
    const text = svgText(
      doc,
      name,
      Number((at.left - box.left).toFixed(1)),
      Number((at.top + at.height / 2 - box.top).toFixed(1)),
      Number.parseFloat(style?.fontSize ?? '') || 12,
      Number.parseInt(style?.fontWeight ?? '', 10) || 400,
      style?.color || SVG_INK,
    );
    text.setAttribute('dominant-baseline', 'central');
    legend.append(text);
  });
  picture.append(legend);
  return picture;
};

/**
 * About how wide a line of text is, in pixels: a little more than Noto Sans' average letter, so a long
 * title or footer line makes the picture wider rather than being cut off at its edge.
 */
const textWidth = (text: string, size: number, bold = false): number => Math.ceil(text.length * size * (bold ? 0.6 : 0.56));

/** Builds the standalone SVG document (as a string) of a chart's SVG element with its caption. */
export const composeChartSvg = (chart: SVGSVGElement, caption: ChartCaption): { svg: string; width: number; height: number } => {
  const doc = chart.ownerDocument;
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width || Number(chart.getAttribute('width')) || 640);
  const chartHeight = Math.round(box.height || Number(chart.getAttribute('height')) || 320);
  const headerHeight = PAD + TITLE_SIZE + (caption.subtitle ? LINE + 4 : 0) + 8;
  const footerHeight = caption.footer.length * LINE + PAD;
  const widest = Math.max(
    textWidth(caption.title, TITLE_SIZE, true),
    caption.subtitle ? textWidth(caption.subtitle, 13) : 0,
    ...caption.footer.map((line) => textWidth(line, 12)),
  );
  const width = Math.max(Math.max(chartWidth, widest) + PAD * 2, 480);
  const height = headerHeight + chartHeight + footerHeight;

  // No xmlns attribute: the serializer declares the namespace of an element made in it, and a second
  // declaration written as an attribute made the file ill-formed XML where it was not merged (jsdom).
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  root.append(svgText(doc, caption.title, PAD, PAD + TITLE_SIZE, TITLE_SIZE, 700));
  if (caption.subtitle) root.append(svgText(doc, caption.subtitle, PAD, PAD + TITLE_SIZE + LINE + 2, 13, 400, SVG_MUTED));

  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(headerHeight));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  // Inline the computed colours of text, which otherwise come from the page's stylesheet.
  clone.querySelectorAll('text').forEach((node) => {
    if (!node.getAttribute('fill')) node.setAttribute('fill', SVG_INK);
    node.setAttribute('font-family', 'Noto Sans, Segoe UI, Arial, sans-serif');
  });
  root.append(clone);
  caption.footer.forEach((line, i) =>
    root.append(svgText(doc, line, PAD, headerHeight + chartHeight + LINE * (i + 1), 12, 400, SVG_MUTED)),
  );

  return { svg: new XMLSerializer().serializeToString(root), width, height };
};

export const downloadChartSvg = (chart: SVGSVGElement, caption: ChartCaption, fileName: string): void => {
  const { svg } = composeChartSvg(chart, caption);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${safeFileName(fileName)}.svg`);
};

export const downloadChartPng = async (chart: SVGSVGElement, caption: ChartCaption, fileName: string): Promise<void> => {
  const { svg, width, height } = composeChartSvg(chart, caption);
  // A data: URL rather than a blob: one, so the strict CSP (img-src 'self' data:) allows drawing it.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  downloadBlob(blob, `${safeFileName(fileName)}.png`);
};
