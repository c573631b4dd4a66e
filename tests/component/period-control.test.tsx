/**
 * The period control's custom range: months named in the page's language from the app's own tables
 * (not the browser's month input), years of the data only, and a range that starts after it ends is
 * refused with a message instead of being applied. The demo's data runs from 2019-01 to 2026-11.
 */
import userEvent from '@testing-library/user-event';
import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, screen } from '../render-app';

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);
/** The control, once the data's months are known: until then an inert placeholder copy holds its place. */
const findLive = (role: string, name: string) =>
  waitFor(() => {
    const el = screen.getByRole(role, { name });
    if (el.closest('[inert]')) throw new Error(`only the placeholder's ${role} “${name}” so far`);
    return el;
  });
/** The range's own message: other panels may have alerts of theirs (a map that failed to load). */
const rangeAlert = () => {
  const form = document.querySelector<HTMLElement>('form.period-control__custom:not([inert] *)');
  return form ? within(form).queryByRole('alert') : null;
};
const appliedPeriod = () => new URLSearchParams(window.location.search).get('period');

const KK_MONTHS = ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан'];

/** The four selects of the custom range, found by their names in the page's language. */
const rangeSelects = async (names: { from: string; to: string; fromMonth: string; fromYear: string; toMonth: string; toYear: string }) => {
  const from = await findLive('group', names.from);
  const to = screen.getByRole('group', { name: names.to });
  return {
    fromMonth: within(from).getByRole('combobox', { name: names.fromMonth }),
    fromYear: within(from).getByRole('combobox', { name: names.fromYear }),
    toMonth: within(to).getByRole('combobox', { name: names.toMonth }),
    toYear: within(to).getByRole('combobox', { name: names.toYear }),
  };
};

const KK_REVERSED = 'Басталу айы аяқталу айынан кейін болмауы керек: басқа айды таңдаңыз.';
const EN = { from: 'From', to: 'To', fromMonth: 'From (month)', fromYear: 'From (year)', toMonth: 'To (month)', toYear: 'To (year)' };
/** What the four selects show: start month and year, end month and year. */
const shown = (s: Record<'fromMonth' | 'fromYear' | 'toMonth' | 'toYear', HTMLElement>) =>
  [s.fromMonth, s.fromYear, s.toMonth, s.toYear].map((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
const KK = { from: 'Басы', to: 'Соңы', fromMonth: 'Басы (ай)', fromYear: 'Басы (жыл)', toMonth: 'Соңы (ай)', toYear: 'Соңы (жыл)' };

describe('custom period range', () => {
  it('names the months in Kazakh from the app’s table and offers only the data’s years', async () => {
    renderApp('/?lang=kk&period=2025-01..2025-06');
    const s = await rangeSelects(KK);
    expect(optionTexts(s.fromMonth)).toEqual(KK_MONTHS);
    expect(optionTexts(s.toMonth)).toEqual(KK_MONTHS);
    expect(optionTexts(s.fromMonth)).not.toContain('January');
    expect(s.fromMonth).toHaveDisplayValue('Қаңтар');
    expect(s.fromYear).toHaveDisplayValue('2025');
    expect(s.toMonth).toHaveDisplayValue('Маусым');
    expect(s.toYear).toHaveDisplayValue('2025');
    expect(optionTexts(s.fromYear)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(rangeAlert()).toBeNull();
  });

  it.each([
    [
      'ru',
      { from: 'С', to: 'По', fromMonth: 'С (месяц)', fromYear: 'С (год)', toMonth: 'По (месяц)', toYear: 'По (год)' },
      'Январь',
      'Август',
      'Месяц начала позже месяца окончания: выберите месяц начала не позже месяца окончания.',
    ],
    ['en', EN, 'January', 'August', 'The start month is after the end month: choose a start month no later than the end month.'],
    ['kk', KK, 'Қаңтар', 'Тамыз', KK_REVERSED],
  ])('in %s, labels the selects and says when the range is reversed', async (lang, names, january, august, message) => {
    renderApp(`/?lang=${lang}&period=2025-01..2025-06`);
    const s = await rangeSelects(names);
    expect(s.fromMonth).toHaveDisplayValue(january);
    await userEvent.selectOptions(s.fromMonth, august);
    // Not while the reader is still choosing: once they ask to apply it.
    expect(rangeAlert()).toBeNull();
    await userEvent.click(s.fromMonth.closest('form')?.querySelector('button[type=submit]') as HTMLElement);
    expect(rangeAlert()).toHaveTextContent(message);
  });

  it('does not apply a range that starts after it ends, says why, and applies it once corrected', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=kk&period=2025-01..2025-06');
    const s = await rangeSelects(KK);
    const apply = screen.getByRole('button', { name: 'Қолдану' });

    // August 2025 to June 2025.
    await user.selectOptions(s.fromMonth, 'Тамыз');
    expect(rangeAlert()).toBeNull();
    await user.click(apply);
    const alert = rangeAlert();
    if (!alert) throw new Error('no message');
    expect(alert).toHaveTextContent(KK_REVERSED);
    for (const select of Object.values(s)) {
      expect(select).toHaveAttribute('aria-invalid', 'true');
      expect(select).toHaveAttribute('aria-describedby', alert.id);
      expect(select).toHaveAccessibleDescription(KK_REVERSED);
    }
    expect(appliedPeriod()).toBe('2025-01..2025-06');
    // The selects keep what the reader chose, and the reader is taken to them.
    expect(s.fromMonth).toHaveDisplayValue('Тамыз');
    expect(s.fromMonth).toHaveFocus();

    // August 2025 to June 2026.
    await user.selectOptions(s.toYear, '2026');
    expect(rangeAlert()).toBeNull();
    for (const select of Object.values(s)) {
      expect(select).not.toHaveAttribute('aria-invalid');
      expect(select).not.toHaveAttribute('aria-describedby');
    }
    await user.click(apply);
    expect(appliedPeriod()).toBe('2025-08..2026-06');
    expect(s.fromMonth).toHaveDisplayValue('Тамыз');
    expect(s.fromYear).toHaveDisplayValue('2025');
    expect(s.toMonth).toHaveDisplayValue('Маусым');
    expect(s.toYear).toHaveDisplayValue('2026');
    expect(apply).toHaveFocus();
  });

  it('names a month or quarter from a link older than its lists in its place, and opens the range on its months', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en&period=2023-05');
    const period = await findLive('combobox', 'Period');
    // Before: "Custom range", with the range form open, for a view that is one month.
    expect(period).toHaveDisplayValue('May 2023');
    expect(screen.queryByRole('group', { name: 'From' })).toBeNull();
    const months = optionTexts(within(period).getByRole('group', { name: 'Months' }));
    expect(months.at(-1)).toBe('May 2023');
    await user.selectOptions(period, 'Custom range');
    expect(shown(await rangeSelects(EN))).toEqual(['May', '2023', 'May', '2023']);
  });

  it('names a quarter from a link in its place among the quarters, in Russian too', async () => {
    renderApp('/?lang=ru&period=2022-Q3');
    const period = await findLive('combobox', 'Период');
    expect(period).toHaveDisplayValue('3 квартал 2022');
    const quarters = optionTexts(within(period).getByRole('group', { name: 'Кварталы' }));
    expect(quarters.slice(-2)).toEqual(['1 квартал 2025', '3 квартал 2022']);
  });

  it('opens on the last 12 months and keeps to the months the data covers', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en');
    await user.selectOptions(await findLive('combobox', 'Period'), 'Custom range');
    const s = await rangeSelects(EN);
    expect(shown(s)).toEqual(['December', '2025', 'November', '2026']);
    // December 2026 is not in the data yet.
    expect(within(s.toMonth).getByRole('option', { name: 'December' })).toBeDisabled();
    expect(within(s.fromMonth).getByRole('option', { name: 'December' })).toBeEnabled();
    // December 2025 moved to 2026 becomes the data's last month.
    await user.selectOptions(s.fromYear, '2026');
    expect(s.fromMonth).toHaveDisplayValue('November');
    expect(appliedPeriod()).toBeNull();
  });

  it('shows a reversed range typed in the link as it is applied, in order', async () => {
    renderApp('/?lang=en&period=2025-06..2025-01');
    const s = await rangeSelects(EN);
    expect(s.fromMonth).toHaveDisplayValue('January');
    expect(s.toMonth).toHaveDisplayValue('June');
    expect(rangeAlert()).toBeNull();
  });
});

describe('a period in the link outside the data', () => {
  it('is named with the months the data cover, and the panels show the default period instead of failing', async () => {
    renderApp('/?lang=en&period=2018-Q4');
    expect(
      await screen.findByText(
        'The data cover January 2019 – November 2026: the period “2018-Q4” in the link lies outside them; showing the default.',
      ),
    ).toBeInTheDocument();
    // The year to date, asked of the API and shown, not a 400 on every panel.
    await waitFor(() => expect(screen.getByTestId('kpi-volunteers')).toHaveTextContent(/^\d/));
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(await findLive('combobox', 'Period')).toHaveDisplayValue('Year to date');
  });

  it('in the future too, in Kazakh', async () => {
    renderApp('/?lang=kk&period=2027-01');
    expect(
      await screen.findByText(/^Деректер 2019 ж\. қаңтар – 2026 ж\. қараша аралығын қамтиды: сілтемедегі «2027-01» кезеңі одан тыс/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('kpi-volunteers')).toHaveTextContent(/^\d/));
  });
});
