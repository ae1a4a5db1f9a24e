import PaperKit
print("benchmark not written yet")
