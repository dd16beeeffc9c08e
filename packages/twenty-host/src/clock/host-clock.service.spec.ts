import { HostClockService } from './host-clock.service';

describe('HostClockService', () => {
  it('runs timeScale times faster than real time from its epoch', () => {
    let real = 1_000;
    const clock = new HostClockService({ timeScale: 4 }, () => real);

    real += 250;

    expect(clock.now()).toBe(2_000);
    expect(clock.toRealMs(1_000)).toBe(250);
    expect(clock.snapshot()).toEqual({
      timeScale: 4,
      realEpoch: 1_000,
      hostEpoch: 1_000,
    });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses the time scale %p',
    (timeScale) => {
      expect(() => new HostClockService({ timeScale })).toThrow(
        'timeScale must be a positive number',
      );
    },
  );

  it('fires host-time timers after the real share of their delay', () => {
    jest.useFakeTimers();
    try {
      const clock = new HostClockService({ timeScale: 100 });
      const fired = jest.fn();

      clock.setTimeout(fired, 2_000);
      jest.advanceTimersByTime(19);
      expect(fired).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(fired).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
