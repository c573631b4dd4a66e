/** The options of a select that filters by direction: every direction first (value ""), then each in /meta's order. */
import type { Direction } from '../api/contract';
import { useI18n } from '../lib/i18n/i18n-context';

interface DirectionOptionsProps {
  directions: readonly Pick<Direction, 'id' | 'name'>[];
  /** The first option's words, e.g. "All directions". */
  allLabel: string;
}

export const DirectionOptions = ({ directions, allLabel }: DirectionOptionsProps) => {
  const { locale } = useI18n();
  return (
    <>
      <option value="">{allLabel}</option>
      {directions.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name[locale]}
        </option>
      ))}
    </>
  );
};
