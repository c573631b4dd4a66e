/**
 * The PNG and SVG downloads of a picture (a chart, the regional map), with what a downloaded picture
 * says around it: title above; source, as-of time and demo label below. While a picture is being made
 * the buttons say so and take no second click; what failed is said next to them.
 */
import { useState } from 'react';
import { downloadChartPng, downloadChartSvg, type ChartCaption } from '../lib/chart-export';
import { commonMessages } from '../lib/i18n/common-messages';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';

const messages = defineMessages({
  kk: {
    png: 'PNG',
    svg: 'SVG',
    asOf: 'Деректер жағдайы: {time}',
    making: 'Сурет жасалуда…',
    notDrawn: 'Сурет әлі салынбаған: сәлден кейін қайталаңыз.',
    pictureFailed: 'Сурет жасалмады: {reason}.',
  },
  ru: {
    png: 'PNG',
    svg: 'SVG',
    asOf: 'Данные на {time}',
    making: 'Картинка готовится…',
    notDrawn: 'Картинка ещё не нарисована: повторите через мгновение.',
    pictureFailed: 'Не удалось сделать картинку: {reason}.',
  },
  en: {
    png: 'PNG',
    svg: 'SVG',
    asOf: 'Data as of {time}',
    making: 'Making the picture…',
    notDrawn: 'The picture is not drawn yet: try again in a moment.',
    pictureFailed: 'The picture could not be made: {reason}.',
  },
});

/** What a downloaded picture says around the chart: title above; source, as-of time and demo label below. */
export interface PictureInfo {
  title: string;
  subtitle?: string;
  asOf: Date | null;
  demo: boolean;
  fileName: string;
}

interface PictureButtonsProps {
  info: PictureInfo;
  /** The picture, when asked (it may have to be drawn first, as the map's is); null while there is none. */
  svg: () => SVGSVGElement | null | Promise<SVGSVGElement | null>;
}

export const PictureButtons = ({ info, svg }: PictureButtonsProps) => {
  const t = useMessages(messages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const caption = (): ChartCaption => ({
    title: info.title,
    subtitle: info.subtitle,
    footer: [
      common('footerSource'),
      info.asOf ? t('asOf', { time: format.dateTime(info.asOf) }) : '',
      info.demo ? `${common('demoBadge')}: ${common('demoExplanation')}` : '',
    ].filter(Boolean),
  });
  // One picture at a time: a second click while the map's shapes load would start a second download,
  // and the first one's failure could overwrite the second one's success.
  const [busy, setBusy] = useState(false);
  // What went wrong, said next to the buttons (the map's shapes may not load, a browser may refuse the canvas).
  const [notice, setNotice] = useState<string | null>(null);
  const download = async (kind: 'png' | 'svg') => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    try {
      const picture = await svg();
      if (!picture) setNotice(t('notDrawn'));
      else if (kind === 'png') await downloadChartPng(picture, caption(), info.fileName);
      else downloadChartSvg(picture, caption(), info.fileName);
    } catch (error) {
      setNotice(t('pictureFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {(['png', 'svg'] as const).map((kind) => (
        <button key={kind} type="button" className="button" aria-disabled={busy || undefined} onClick={() => void download(kind)}>
          {t(kind)}
        </button>
      ))}
      <span role="status" className={busy ? 'picture-status' : 'visually-hidden'}>
        {busy ? t('making') : ''}
      </span>
      {notice ? (
        <span role="alert" className="notice">
          {notice}
        </span>
      ) : null}
    </>
  );
};
