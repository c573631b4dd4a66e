/**
 * Turns a chart's SVG into a self-contained picture for presentations: title above, source, as-of
 * date and the demo label below, white background. SVG as is, PNG through a canvas at 2× scale.
 * All text is set with textContent, so nothing from the data becomes markup.
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
export const svgText = (doc: Document, content: string, x: number, y: number, size: number, weight = 400, fill = SVG_INK): SVGTextElement => {
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

/** Builds the standalone SVG document (as a string) of a chart's SVG element with its caption. */
export const composeChartSvg = (chart: SVGSVGElement, caption: ChartCaption): { svg: string; width: number; height: number } => {
  const doc = chart.ownerDocument;
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width || Number(chart.getAttribute('width')) || 640);
  const chartHeight = Math.round(box.height || Number(chart.getAttribute('height')) || 320);
  const headerHeight = PAD + TITLE_SIZE + (caption.subtitle ? LINE + 4 : 0) + 8;
  const footerHeight = caption.footer.length * LINE + PAD;
  const width = Math.max(chartWidth + PAD * 2, 480);
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
  caption.footer.forEach((line, i) => root.append(svgText(doc, line, PAD, headerHeight + chartHeight + LINE * (i + 1), 12, 400, SVG_MUTED)));

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
