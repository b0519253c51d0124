# statistics: exact means and variances for int, float and Fraction data,
# medians, modes, quantiles, two-variable functions, NormalDist, errors.
import statistics as s
from fractions import Fraction as F
import random
print(s.mean([1, 2, 3]), s.mean([1, 2]), s.mean([1.1, 2.2, 3.3]), s.mean([F(1, 3), F(1, 2)]), s.fmean([1, 2, 3]))
print(s.mean([True, False, True]), s.mean(range(1, 101)), s.mean([0.1] * 10), s.mean([1, 2.5]), s.mean(iter([4, 5])))
print(s.median([3, 1, 2]), s.median([1, 2, 3, 4]), s.median_low([1, 2, 3, 4]), s.median_high([1, 2, 3, 4]))
print(s.mode([1, 1, 2]), s.mode("aab"), s.multimode("aabbc"), s.multimode([]), s.mode([3, 1, 2]))
print(s.variance([1, 2, 3, 4]), s.stdev([1, 2, 3, 4]), s.pvariance([1, 2, 3, 4]), s.pstdev([1, 2, 3, 4]))
print(s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(s.stdev([2, 4, 4, 4, 5, 5, 7, 9]), s.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), s.variance([F(1, 2), F(3, 4), F(5, 4)]))
print(s.variance([1, 2, 3, 4, 5], 3), s.pvariance([1.0, 2.0, 4.0], 2.0), s.variance([1, 2, 4]), s.stdev([1, 2, 4]))
print(s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method="inclusive"))
print(s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129], n=10))
print(s.geometric_mean([54, 24, 36]), s.harmonic_mean([40, 60]), s.harmonic_mean([2.5, 3, 10]), s.median_grouped([52, 52, 53, 54]))
print(s.median_grouped([1, 3, 3, 5, 7], interval=2), s.harmonic_mean([1, 0, 2]))
print(s.correlation([1, 2, 3], [2, 4, 7]), s.covariance([1, 2, 3], [1, 3, 2]), s.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
print(s.linear_regression([1, 2, 3, 4], [2, 4, 5, 8]), s.linear_regression([1, 2, 3], [2, 4, 6], proportional=True).slope)
rng = random.Random(7)
for _ in range(200):
    data = [rng.uniform(-1e3, 1e3) for _ in range(rng.randint(2, 30))]
    ints = [rng.randint(-10**6, 10**6) for _ in range(rng.randint(2, 30))]
    for d in (data, ints):
        print(s.mean(d), s.variance(d), s.stdev(d), s.pstdev(d), s.median(d), s.fmean(d))
nd = s.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), nd.zscore(115))
print(nd + 10, nd * 2, nd - s.NormalDist(1, 2), s.NormalDist.from_samples([1, 2, 3, 4]))
for f, arg in [(s.mean, []), (s.stdev, [1]), (s.variance, [2]), (s.median, []), (s.mode, []), (s.pvariance, []), (s.fmean, []), (s.geometric_mean, [1, -1]), (s.harmonic_mean, [-1, 2])]:
    try:
        f(arg)
    except s.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    s.quantiles([1, 2], method="x")
except ValueError as e:
    print(e)
try:
    s.mean(["a", "b"])
except TypeError as e:
    print(e)
