/** Set at start-up when a wall screen's saved cache was restored, so the screen can say it shows saved data. */
export const wallStart = { restored: false };
