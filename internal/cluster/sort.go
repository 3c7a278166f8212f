package cluster

import "sort"

func sortInts(x []int) { sort.Ints(x) }
