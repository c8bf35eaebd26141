# needs: Lib
import statistics as st, fractions, decimal
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3]), st.multimode('aabbc'))
print(st.fmean([1, 2, 3.5]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([1, 2, 4]), st.quantiles(range(1, 11), n=4))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6]))
nd = st.NormalDist(10, 2); print(nd, round(nd.cdf(12), 12), nd.inv_cdf(0.5), nd.pdf(10), nd + 5, nd.overlap(st.NormalDist(11, 2)))
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)
a = Fraction(3, 4); b = Fraction('1/3')
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a), a // b, a % b, a > b, a == 0.75, hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction('3.1415'), Fraction(10, -4), round(Fraction(7, 2)), float(a))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(5).is_integer() if hasattr(Fraction, 'is_integer') else True, str(a), repr(a))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 3) * 0.5, Fraction(2, 3) ** -2, Fraction(9, 4) ** 0.5, math_floor := __import__('math').floor(Fraction(7, 3)))
