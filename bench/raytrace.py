"""A small ray tracer: spheres and a plane, diffuse and specular light, reflections."""
import math
import sys


class Vec:
    __slots__ = ("x", "y", "z")

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
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, colour, shine):
        self.point = point
        self.normal = normal.normalized()
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.5),
            Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.2, 0.3, 0.9), 0.6),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.8, 0.8, 0.8), 0.2),
        ]
        self.light = Vec(-5.0, 10.0, -3.0)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.2)
        p = ray.at(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).normalized()
        shadow, _ = self.nearest(Ray(p, to_light))
        diffuse = 0.0 if shadow is not None else max(0.0, n.dot(to_light))
        colour = obj.colour.scale(0.1 + 0.9 * diffuse)
        if depth < 3 and obj.shine > 0:
            d = ray.direction
            reflected = d - n.scale(2 * d.dot(n))
            colour = colour.scale(1 - obj.shine) + self.trace(Ray(p, reflected), depth + 1).scale(obj.shine)
        return colour


def render(size):
    scene = Scene()
    eye = Vec(0.0, 1.5, -2.0)
    checksum = 0
    for j in range(size):
        for i in range(size):
            x = (i - size / 2) / size
            y = (size / 2 - j) / size
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 0)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return checksum


print(render(int(sys.argv[1]) if len(sys.argv) > 1 else 140))
