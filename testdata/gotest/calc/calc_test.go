package calc

import "testing"

func TestAdd(t *testing.T) {
	if got := Add(2, 3); got != 5 {
		t.Fatalf("Add(2, 3) = %d, want 5", got)
	}
	t.Log("Add works")
}

func TestDouble(t *testing.T) {
	for _, c := range []struct{ in, want int }{{1, 2}, {0, 0}, {-4, -8}} {
		c := c
		t.Run("in", func(t *testing.T) {
			if got := double(c.in); got != c.want {
				t.Errorf("double(%d) = %d, want %d", c.in, got, c.want)
			}
		})
	}
}

func TestDiv(t *testing.T) {
	t.Run("ok", func(t *testing.T) {
		if q, ok := Div(7, 2); !ok || q != 3 {
			t.Errorf("Div(7, 2) = %d, %v", q, ok)
		}
	})
	t.Run("by zero", func(t *testing.T) {
		if _, ok := Div(1, 0); ok {
			t.Error("Div(1, 0) succeeded")
		}
	})
}

func TestSkipped(t *testing.T) {
	t.Skip("not on this machine")
	t.Error("unreachable")
}

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1") })
	t.Cleanup(func() { t.Log("cleanup 2") })
}

func TestFailing(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		t.Errorf("wrong: %v", []int{1, 2})
		t.Fatal("stop here")
		t.Error("not reached")
	})
	t.Log("after the failing subtest")
}
