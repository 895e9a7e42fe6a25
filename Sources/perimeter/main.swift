import PerimeterKit

print("perimeter")
