# Integer literals in every base, underscores, and int() parsing of strings
# with whitespace, signs, underscores and bases; hex/oct/bin back again.
print(0, 00, 0_0, 1_000, 0x_ff, 0b_1, 0o_17, 0xABCDEF, 0b11111111, 0o777)
print(int("42"), int("  42 "), int("\t-42\n"), int("+7"), int("-0"), int("0042"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("12", 0), int("z", 36), int(" 11 ", 2))
print(int(12.9), int(-12.9), int(1e18), int(True), int(False), int(0.0), int(-0.5))
print(int("9" * 50) + 1)
print(hex(255), hex(-255), hex(0), hex(2 ** 70), oct(8), oct(-64), bin(5), bin(-5), bin(0))
print(str(-0), str(10 ** 20), repr(-123), str(int("-0000")))
