// std: container/heap — Init, Push, Pop, Fix and Remove on an int min-heap and on a priority queue of items whose
// index the heap's Swap keeps up to date, printed with println.
package main

import "container/heap"

// IntHeap is a min-heap of ints.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

// Push appends x; heap.Push calls it.
func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

// Pop removes the last element; heap.Pop calls it.
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// item is a value with a priority and its index in the queue.
type item struct {
	value    string
	priority int
	index    int
}

// PriorityQueue is a max-heap of items by priority.
type PriorityQueue []*item

func (pq PriorityQueue) Len() int           { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

// Push adds an item at the end.
func (pq *PriorityQueue) Push(x any) {
	it := x.(*item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}

// Pop removes the last item.
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	println("min", (*h)[0], h.Len())
	(*h)[2] = -5
	heap.Fix(h, 2)
	println("removed", heap.Remove(h, 3).(int))
	for h.Len() > 0 {
		print(heap.Pop(h).(int), " ")
	}
	println()

	names := []string{"banana", "apple", "pear", "kiwi", "plum"}
	prios := []int{3, 2, 4, 1, 5}
	pq := make(PriorityQueue, len(names))
	for i, n := range names {
		pq[i] = &item{value: n, priority: prios[i], index: i}
	}
	heap.Init(&pq)
	orange := &item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	orange.priority = 6
	heap.Fix(&pq, orange.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*item)
		print(it.priority, ":", it.value, " ")
	}
	println()
}
