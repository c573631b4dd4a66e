/**
 * What a wall scene shows before it has its figures: "Loading…" while its first answer is on its way, and
 * once that failed, that there is no data yet and it is being asked for again (the banner above names what
 * failed). Never a black screen, and never a claim about the data: the map said "No region has data for
 * this indicator" over 20 "no data" labels while its answer was still coming.
 */
import type { ReactNode } from 'react';
import { commonMessages } from '../lib/i18n/common-messages';
import { useMessages } from '../lib/i18n/i18n-context';

interface WallSceneWaitingProps {
  /** Whether the last attempt failed (then it is tried again on the wall's schedule). */
  failed: boolean;
  /** What the scene is of, when known before its data: a spotlighted region's name. */
  heading?: ReactNode;
}

export const WallSceneWaiting = ({ failed, heading }: WallSceneWaitingProps) => {
  const common = useMessages(commonMessages);
  return (
    <div className="wall-waiting" data-testid="wall-waiting">
      {heading}
      <p className="wall-waiting__text" role="status">
        {failed ? common('sceneNoDataYet') : common('loading')}
      </p>
    </div>
  );
};
