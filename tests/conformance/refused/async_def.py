# async functions are refused.
# refused: 'async' functions and statements are not supported by fastjit
# at: 4:1
async def fetch():
    return 1
print("never printed")
