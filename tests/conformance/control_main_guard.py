# The if __name__ == "__main__": idiom runs the main code; __name__ is "__main__" in the script.
def main():
    print("in main", __name__)
if __name__ == "__main__":
    main()
print(__name__ == "__main__")
