/**
 * The PNG and SVG buttons of a picture: one picture at a time, said while it is being made, and a
 * picture that is not drawn yet (a chart still loading) is said, not silently skipped.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PictureButtons } from '../../src/components/picture-buttons';
import { I18nProvider } from '../../src/lib/i18n/i18n-context';

const info = { title: 'Volunteers', asOf: null, demo: true, fileName: 'volunteers' };

const withPicture = (svg: () => Promise<SVGSVGElement | null>, locale: 'en' | 'ru' = 'en') => {
  window.history.replaceState(null, '', `/?lang=${locale}`);
  return render(
    <I18nProvider defaultLocale="kk">
      <div role="group" aria-label="Download">
        <PictureButtons info={info} svg={svg} />
      </div>
    </I18nProvider>,
  );
};

describe('picture buttons', () => {
  it('make one picture at a time, say so while it is made, and say when there is nothing drawn yet', async () => {
    let asked = 0;
    let finish: (picture: SVGSVGElement | null) => void = () => undefined;
    withPicture(() => {
      asked += 1;
      return new Promise((done) => {
        finish = done;
      });
    });
    const png = screen.getByRole('button', { name: 'PNG' });
    fireEvent.click(png);
    expect(await screen.findByRole('status')).toHaveTextContent('Making the picture…');
    expect(png).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'SVG' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'SVG' }));
    fireEvent.click(png);
    expect(asked).toBe(1);

    finish(null);
    expect(await screen.findByRole('alert')).toHaveTextContent('The picture is not drawn yet: try again in a moment.');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(png).not.toHaveAttribute('aria-disabled');
    fireEvent.click(png);
    expect(asked).toBe(2);
  });

  it('say it in the reader’s language', async () => {
    withPicture(() => Promise.resolve(null), 'ru');
    fireEvent.click(screen.getByRole('button', { name: 'SVG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Картинка ещё не нарисована: повторите через мгновение.');
  });
});
