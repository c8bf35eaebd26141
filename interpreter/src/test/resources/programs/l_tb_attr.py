class Engine:
    def __init__(self):
        self.rpm = 0

    def start(self):
        self.rpm = 800


class Car:
    def __init__(self):
        self.engine = Engine()
        self.wheels = 4


car = Car()
car.engine.start()
print(car.engine.rpm, car.wheels)
print(car.engine.temprature)
