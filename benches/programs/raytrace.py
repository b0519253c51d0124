# Benchmark: small objects and float maths, in the spirit of pyperformance's
# "raytrace", written for minipy. Traces a tiny scene of spheres and a plane
# with one light and prints a checksum of the rendered image.
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre = centre
        self.radius = radius
        self.shade = shade

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, shade):
        self.point = point
        self.n = normal.normalized()
        self.shade = shade

    def hit(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.9),
            Sphere(Vec(-2.0, 0.5, 6.0), 0.5, 0.6),
            Sphere(Vec(2.0, 0.75, 4.5), 0.75, 0.7),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.4),
        ]
        self.light = Vec(-3.0, 5.0, 1.0)

    def nearest(self, ray):
        best, best_t = None, 1e30
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return 0.1
        point = ray.at(t)
        normal = obj.normal(point)
        to_light = (self.light - point).normalized()
        shadow, _ = self.nearest(Ray(point, to_light))
        diffuse = 0.0 if shadow is not None else max(0.0, normal.dot(to_light))
        colour = obj.shade * (0.2 + 0.8 * diffuse)
        if depth > 0:
            d = ray.direction
            reflected = d - normal.scale(2 * d.dot(normal))
            colour = colour * 0.8 + 0.2 * self.trace(Ray(point, reflected), depth - 1)
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    total = 0.0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / height
            total += scene.trace(Ray(eye, Vec(x, y, 1.0)), 2)
    return total


print(f"{render(200, 150):.6f}")
