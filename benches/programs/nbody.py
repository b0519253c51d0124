# Benchmark: float arithmetic. A small n-body simulation (the Sun and four
# planets) with positions and velocities in plain lists.
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

bodies = [
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS],
    [[4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
     [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
      -6.90460016972063023e-05 * DAYS_PER_YEAR], 9.54791938424326609e-04 * SOLAR_MASS],
    [[8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
     [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
      2.30417297573763929e-05 * DAYS_PER_YEAR], 2.85885980666130812e-04 * SOLAR_MASS],
    [[1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
     [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
      -2.96589568540237556e-05 * DAYS_PER_YEAR], 4.36624404335156298e-05 * SOLAR_MASS],
    [[1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
     [2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
      -9.51592254519715870e-05 * DAYS_PER_YEAR], 5.15138902046611451e-05 * SOLAR_MASS],
]
pairs = []
for i in range(len(bodies)):
    for j in range(i + 1, len(bodies)):
        pairs.append((bodies[i], bodies[j]))


def energy():
    e = 0.0
    for b1, b2 in pairs:
        dx = b1[0][0] - b2[0][0]
        dy = b1[0][1] - b2[0][1]
        dz = b1[0][2] - b2[0][2]
        e -= b1[2] * b2[2] / (dx * dx + dy * dy + dz * dz) ** 0.5
    for b in bodies:
        v = b[1]
        e += 0.5 * b[2] * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
    return e


def offset_momentum():
    px = py = pz = 0.0
    for b in bodies:
        px += b[1][0] * b[2]
        py += b[1][1] * b[2]
        pz += b[1][2] * b[2]
    sun = bodies[0][1]
    sun[0] = -px / SOLAR_MASS
    sun[1] = -py / SOLAR_MASS
    sun[2] = -pz / SOLAR_MASS


def advance(dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            p1 = b1[0]
            p2 = b2[0]
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[2] * mag
            m2 = b2[2] * mag
            v1 = b1[1]
            v2 = b2[1]
            v1[0] -= dx * m2
            v1[1] -= dy * m2
            v1[2] -= dz * m2
            v2[0] += dx * m1
            v2[1] += dy * m1
            v2[2] += dz * m1
        for b in bodies:
            p = b[0]
            v = b[1]
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


offset_momentum()
print(round(energy(), 9))
advance(0.01, 20000)
print(round(energy(), 9))
